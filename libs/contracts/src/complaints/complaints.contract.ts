import { defineCommand, defineEvent, defineQuery } from '../events/definitions.js';
import { ComplaintsBus } from './complaints.bus.js';
import { ComplaintRegisteredV1 } from './complaint-registered.js';
import type { ComplaintView } from './complaint-view.js';
import { GetComplaintV1 } from './get-complaint.js';
import { RegisterComplaintV1 } from './register-complaint.js';

export const RegisterComplaint = defineCommand<RegisterComplaintV1, ComplaintView>({
  subject: ComplaintsBus.commands.register,
  request: RegisterComplaintV1,
  summary: 'Register a complaint, suggestion or praise (CMP-1)',
});

export const GetComplaint = defineQuery<GetComplaintV1, ComplaintView>({
  subject: ComplaintsBus.queries.get,
  request: GetComplaintV1,
  summary: 'Read one complaint',
});

export const ComplaintRegistered = defineEvent({
  subject: ComplaintsBus.events.complaintRegistered,
  type: 'complaint.registered.v1',
  data: ComplaintRegisteredV1,
  summary: 'A complaint, suggestion or praise was registered (CMP-1)',
});

/** Everything the complaints service serves and publishes, for documents generated from the contracts. */
export const COMPLAINTS_MESSAGES = {
  requests: [RegisterComplaint, GetComplaint],
  events: [ComplaintRegistered],
};
