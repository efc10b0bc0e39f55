import { defineCommand, defineEvent, defineQuery } from '../events/definitions.js';
import type { Page } from '../common/pagination.js';
import { AcknowledgeComplaintV1 } from './actions/acknowledge-complaint.js';
import { AssignComplaintV1 } from './actions/assign-complaint.js';
import { CategoriseComplaintV1 } from './actions/categorise-complaint.js';
import {
  AnswerComplaintV1,
  CloseComplaintV1,
  MergeComplaintV1,
  ReopenComplaintV1,
} from './actions/close-complaint.js';
import {
  AcknowledgeComplaintEscalationV1,
  EscalateComplaintV1,
  FlagMajorComplaintV1,
} from './actions/escalate-complaint.js';
import { ExtendComplaintDeadlineV1 } from './actions/extend-deadline.js';
import { PauseComplaintDeadlinesV1, ResumeComplaintDeadlinesV1 } from './actions/pause-deadlines.js';
import { RecordComplaintFeedbackV1 } from './actions/record-feedback.js';
import { RecordComplaintMeetingV1 } from './actions/record-meeting.js';
import {
  CloseComplaintAsExplainedV1,
  RecordComplaintDisagreementV1,
  ResolveComplaintV1,
} from './actions/resolve-complaint.js';
import { ExemptReturnVisitV1, RecordReturnVisitV1, RecordVisitAttemptV1 } from './actions/return-visit.js';
import { SignOffComplaintV1 } from './actions/sign-off-complaint.js';
import { ComplaintDeadlineApproachingV1 } from './complaint-deadline-approaching.js';
import { ComplaintEscalatedV1 } from './complaint-escalated.js';
import { GetComplaintHistoryV1, type ComplaintHistoryView } from './complaint-history.js';
import { ComplaintRegisteredV1 } from './complaint-registered.js';
import { ComplaintRepairRequestedV1 } from './complaint-repair-requested.js';
import { ComplaintStatusChangedV1 } from './complaint-status-changed.js';
import type { ComplaintView } from './complaint-view.js';
import { ComplaintsBus } from './complaints.bus.js';
import { GetComplaintV1 } from './get-complaint.js';
import { ListComplaintsV1, ListReturnVisitsV1 } from './list-complaints.js';
import { ComplaintCountsView, GetComplaintCountsV1 } from './complaint-counts.js';
import { RegisterComplaintV1 } from './register-complaint.js';
import { CompleteCallBack, ListCallBacks } from './call-backs/call-backs.contract.js';
import {
  ComplaintDayReconciled,
  GetDayReconciliation,
  SignOffDay,
} from './reconciliation/reconciliation.contract.js';
import {
  AcceptShiftHandover,
  CreateShiftHandover,
  GetShiftHandover,
  ListShiftHandovers,
  RefuseShiftHandover,
  ReviewShiftHandover,
  ShiftHandoverRefused,
} from './shift-handovers/shift-handovers.contract.js';
import { INCIDENT_EVENTS, INCIDENT_REQUESTS } from './incidents/incidents.contract.js';
import { SURVEY_EVENTS, SURVEY_REQUESTS } from './surveys/surveys.contract.js';
import { CALLER_CARD_EVENTS, CALLER_CARD_REQUESTS } from './caller-card/caller-card.contract.js';
import { REPORT_EVENTS, REPORT_REQUESTS } from './reports/reports.contract.js';

const C = ComplaintsBus.commands;
const action = <Req extends object>(subject: string, request: new () => Req, summary: string) =>
  defineCommand<Req, ComplaintView>({ subject, request, summary });

export const RegisterComplaint = defineCommand<RegisterComplaintV1, ComplaintView>({
  subject: C.register,
  request: RegisterComplaintV1,
  summary: 'Register a call, visit, letter or message in the register (CMP-1, DESK-2)',
});
export const AssignComplaint = action(
  C.assign,
  AssignComplaintV1,
  'Route to a department and a named handler (CMP-2)',
);
export const AcknowledgeComplaint = action(
  C.acknowledge,
  AcknowledgeComplaintV1,
  'Record that the customer was told when it will be resolved (CMP-3)',
);
export const RecordComplaintFeedback = action(
  C.feedback,
  RecordComplaintFeedbackV1,
  "Record the department's feedback (CMP-3)",
);
export const ExtendComplaintDeadline = action(
  C.extend,
  ExtendComplaintDeadlineV1,
  "Extend the resolution deadline with the customer's consent (CMP-3)",
);
export const PauseComplaintDeadlines = action(
  C.pause,
  PauseComplaintDeadlinesV1,
  'Pause the timers while waiting on the customer (CMP-14)',
);
export const ResumeComplaintDeadlines = action(
  C.resume,
  ResumeComplaintDeadlinesV1,
  'Resume paused timers with the time that was left (CMP-14)',
);
export const EscalateComplaint = action(
  C.escalate,
  EscalateComplaintV1,
  'Escalate one level by hand, with a reason (CMP-4)',
);
export const AcknowledgeComplaintEscalation = action(
  C.acknowledgeEscalation,
  AcknowledgeComplaintEscalationV1,
  'Acknowledge an escalation at a level (CMP-4)',
);
export const FlagMajorComplaint = action(
  C.flagMajor,
  FlagMajorComplaintV1,
  'Flag a major complaint: straight to the manager and general manager (CMP-5)',
);
export const RecordComplaintMeeting = action(
  C.recordMeeting,
  RecordComplaintMeetingV1,
  'Record the special meeting of a major complaint (CMP-5)',
);
export const ResolveComplaint = action(
  C.resolve,
  ResolveComplaintV1,
  'Record the measures and the result (CMP-8)',
);
export const RecordComplaintDisagreement = action(
  C.disagree,
  RecordComplaintDisagreementV1,
  'The customer disagrees: back to negotiation (CMP-8)',
);
export const CloseComplaintAsExplained = action(
  C.explain,
  CloseComplaintAsExplainedV1,
  'Close an unreasonable complaint as explained (CMP-8)',
);
export const SignOffComplaint = action(
  C.signOff,
  SignOffComplaintV1,
  'A department acknowledges the record (CMP-8)',
);
export const RecordReturnVisit = action(
  C.returnVisit,
  RecordReturnVisitV1,
  'Record a return visit and the satisfaction (CMP-9)',
);
export const RecordVisitAttempt = action(
  C.visitAttempt,
  RecordVisitAttemptV1,
  'Record a return-visit attempt that did not reach the customer (DESK-4)',
);
export const ExemptReturnVisit = action(
  C.exemptVisit,
  ExemptReturnVisitV1,
  'Exempt from the return visit, with the reason (CMP-9)',
);
export const ReopenComplaint = action(
  C.reopen,
  ReopenComplaintV1,
  'Reopen a resolved or closed complaint (CMP-9)',
);
export const CloseComplaint = action(
  C.close,
  CloseComplaintV1,
  'Close a resolved complaint whose return visit is done or exempt',
);
export const AnswerComplaint = action(
  C.answer,
  AnswerComplaintV1,
  'Answer a suggestion, praise or enquiry (CMP-13)',
);
export const MergeComplaint = action(
  C.merge,
  MergeComplaintV1,
  'Merge a duplicate entry into the one that stays (CMP-16)',
);
export const CategoriseComplaint = action(
  C.categorise,
  CategoriseComplaintV1,
  'Set or correct the category, with a reason; an unrouted entry goes to its department (CMP-2)',
);

export const GetComplaint = defineQuery<GetComplaintV1, ComplaintView>({
  subject: ComplaintsBus.queries.get,
  request: GetComplaintV1,
  summary: 'Read one register entry',
});
export const ListComplaints = defineQuery<ListComplaintsV1, Page<ComplaintView>>({
  subject: ComplaintsBus.queries.list,
  request: ListComplaintsV1,
  summary: 'Search the call/visit register (DESK-2)',
});
export const GetComplaintHistory = defineQuery<GetComplaintHistoryV1, ComplaintHistoryView>({
  subject: ComplaintsBus.queries.history,
  request: GetComplaintHistoryV1,
  summary: 'The history of an entry and of the entries merged into it (GEN-3, CMP-16)',
});
export const ListReturnVisits = defineQuery<ListReturnVisitsV1, Page<ComplaintView>>({
  subject: ComplaintsBus.queries.returnVisits,
  request: ListReturnVisitsV1,
  summary: 'The return-visit queue (CMP-9, DESK-4)',
});
export const GetComplaintCounts = defineQuery<GetComplaintCountsV1, ComplaintCountsView>({
  subject: ComplaintsBus.queries.counts,
  request: GetComplaintCountsV1,
  summary: 'Open entries per status, and how many are overdue, escalated or major (DESK-2)',
});

export const ComplaintRegistered = defineEvent({
  subject: ComplaintsBus.events.complaintRegistered,
  type: 'complaint.registered.v1',
  data: ComplaintRegisteredV1,
  summary: 'An entry was registered (CMP-1)',
});
export const ComplaintStatusChanged = defineEvent({
  subject: ComplaintsBus.events.complaintStatusChanged,
  type: 'complaint.status-changed.v1',
  data: ComplaintStatusChangedV1,
  summary: 'An action was taken on an entry (CMP-2 … CMP-10, CMP-16)',
});
export const ComplaintEscalated = defineEvent({
  subject: ComplaintsBus.events.complaintEscalated,
  type: 'complaint.escalated.v1',
  data: ComplaintEscalatedV1,
  summary: 'An entry went up a level; the customer is told (CMP-4)',
});
export const ComplaintDeadlineApproaching = defineEvent({
  subject: ComplaintsBus.events.complaintDeadlineApproaching,
  type: 'complaint.deadline-approaching.v1',
  data: ComplaintDeadlineApproachingV1,
  summary: 'A deadline passes soon; the handler is warned (CMP-14)',
});
export const ComplaintRepairRequested = defineEvent({
  subject: ComplaintsBus.events.complaintRepairRequested,
  type: 'complaint.repair-requested.v1',
  data: ComplaintRepairRequestedV1,
  summary: 'An entry needs a repair; maintenance opens a repair request (CMP-2)',
});

/** Every action route's command, keyed by action code. */
export const COMPLAINT_ACTION_COMMANDS = {
  assign: AssignComplaint,
  acknowledge: AcknowledgeComplaint,
  feedback: RecordComplaintFeedback,
  extend: ExtendComplaintDeadline,
  pause: PauseComplaintDeadlines,
  resume: ResumeComplaintDeadlines,
  escalate: EscalateComplaint,
  'acknowledge-escalation': AcknowledgeComplaintEscalation,
  'flag-major': FlagMajorComplaint,
  'record-meeting': RecordComplaintMeeting,
  resolve: ResolveComplaint,
  disagree: RecordComplaintDisagreement,
  explain: CloseComplaintAsExplained,
  'sign-off': SignOffComplaint,
  'return-visit': RecordReturnVisit,
  'visit-attempt': RecordVisitAttempt,
  'exempt-visit': ExemptReturnVisit,
  reopen: ReopenComplaint,
  close: CloseComplaint,
  answer: AnswerComplaint,
  merge: MergeComplaint,
  categorise: CategoriseComplaint,
} as const;

/** Everything the complaints service serves and publishes, for documents generated from the contracts. */
export const COMPLAINTS_MESSAGES = {
  requests: [
    RegisterComplaint,
    ...Object.values(COMPLAINT_ACTION_COMMANDS),
    GetComplaint,
    ListComplaints,
    GetComplaintHistory,
    ListReturnVisits,
    GetComplaintCounts,
    GetDayReconciliation,
    SignOffDay,
    ListCallBacks,
    CompleteCallBack,
    CreateShiftHandover,
    AcceptShiftHandover,
    RefuseShiftHandover,
    ReviewShiftHandover,
    ListShiftHandovers,
    GetShiftHandover,
    ...INCIDENT_REQUESTS,
    ...CALLER_CARD_REQUESTS,
    ...SURVEY_REQUESTS,
    ...REPORT_REQUESTS,
  ],
  events: [
    ComplaintRegistered,
    ComplaintStatusChanged,
    ComplaintEscalated,
    ComplaintDeadlineApproaching,
    ComplaintRepairRequested,
    ComplaintDayReconciled,
    ShiftHandoverRefused,
    ...INCIDENT_EVENTS,
    ...CALLER_CARD_EVENTS,
    ...SURVEY_EVENTS,
    ...REPORT_EVENTS,
  ],
};
