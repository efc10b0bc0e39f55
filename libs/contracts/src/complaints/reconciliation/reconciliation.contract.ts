import { defineCommand, defineEvent, defineQuery } from '../../events/definitions.js';
import { ComplaintsBus } from '../complaints.bus.js';
import { DayReconciledV1 } from './day-reconciled.js';
import type { DayReconciliationView } from './day-reconciliation-view.js';
import { GetDayReconciliationV1 } from './get-day-reconciliation.js';
import { SignOffDayV1 } from './sign-off-day.js';

export const GetDayReconciliation = defineQuery<GetDayReconciliationV1, DayReconciliationView>({
  subject: ComplaintsBus.queries.getDayReconciliation,
  request: GetDayReconciliationV1,
  summary: "A community's day reconciled: its register entries, the gaps and the sign-off (CMP-6)",
});

export const SignOffDay = defineCommand<SignOffDayV1, DayReconciliationView>({
  subject: ComplaintsBus.commands.signOffDay,
  request: SignOffDayV1,
  summary: "The supervisor signs an ended day's reconciliation; the day is locked (CMP-6)",
});

export const ComplaintDayReconciled = defineEvent({
  subject: ComplaintsBus.events.complaintDayReconciled,
  type: 'complaint.day-reconciled.v1',
  data: DayReconciledV1,
  summary: "A supervisor signed a community's day; no entry can be registered on it any more (CMP-6)",
});
