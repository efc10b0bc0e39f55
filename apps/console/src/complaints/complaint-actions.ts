import type { ComplaintView } from './deadline-badges';
import type { PathWith } from '../api/gateway-api';
import { mayCall, type OperationId, type OperationRoles } from '../permissions/operation-roles';

type Status = ComplaintView['status'];
type Kind = ComplaintView['kind'];

export type ComplaintActionCode =
  | 'assign'
  | 'acknowledge'
  | 'feedback'
  | 'extend'
  | 'pause'
  | 'resume'
  | 'escalate'
  | 'acknowledge-escalation'
  | 'flag-major'
  | 'record-meeting'
  | 'resolve'
  | 'disagree'
  | 'explain'
  | 'sign-off'
  | 'return-visit'
  | 'visit-attempt'
  | 'exempt-visit'
  | 'reopen'
  | 'close'
  | 'answer'
  | 'merge';

const WORKING: readonly Status[] = ['assigned', 'in-progress', 'negotiating', 'reopened'];
const OPEN: readonly Status[] = ['registered', ...WORKING];

/**
 * CMP-2 … CMP-10, CMP-13, CMP-16: from which statuses each action may be taken, as the complaints
 * service's `complaint.state.ts` has it. complaint-actions.spec.ts checks it against the API document
 * and the rules case by case, not against the service's source (decision 0172). The service also
 * checks guards beyond the status; this only keeps refused actions off the page.
 */
export const ACTION_STATUSES: Readonly<Record<ComplaintActionCode, readonly Status[]>> = {
  assign: ['registered', ...WORKING],
  acknowledge: OPEN,
  feedback: ['assigned', 'reopened', 'in-progress'],
  extend: WORKING,
  pause: WORKING,
  resume: WORKING,
  escalate: OPEN,
  'acknowledge-escalation': [...OPEN, 'resolved'],
  'flag-major': OPEN,
  'record-meeting': [...OPEN, 'resolved'],
  resolve: ['assigned', 'in-progress', 'negotiating', 'reopened'],
  disagree: ['resolved'],
  explain: ['assigned', 'in-progress', 'negotiating', 'reopened'],
  'sign-off': ['resolved', 'closed', 'explained'],
  'return-visit': ['resolved'],
  'visit-attempt': ['resolved'],
  'exempt-visit': ['resolved'],
  reopen: ['resolved', 'closed'],
  close: ['resolved'],
  answer: ['registered', 'assigned'],
  merge: [...OPEN, 'referred'],
};

const EVERY_ACTION = Object.keys(ACTION_STATUSES) as ComplaintActionCode[];

/** CMP-13: the actions each kind of entry knows; a suggestion is answered, never resolved. */
export const KIND_ACTIONS: Readonly<Record<Kind, readonly ComplaintActionCode[]>> = {
  complaint: EVERY_ACTION.filter((a) => a !== 'answer'),
  suggestion: ['assign', 'answer', 'merge', 'escalate', 'acknowledge-escalation'],
  praise: ['assign', 'answer', 'merge'],
  enquiry: ['answer', 'merge'],
  repair: ['merge'],
};

/** Each action's route: its operation id (for the permission table) and its path. */
export const ACTION_OPERATIONS: Readonly<
  Record<ComplaintActionCode, { operationId: OperationId; path: PathWith<'post'> }>
> = {
  assign: { operationId: 'assignComplaint', path: '/api/v1/complaints/{id}/assign' },
  acknowledge: { operationId: 'acknowledgeComplaint', path: '/api/v1/complaints/{id}/acknowledge' },
  feedback: { operationId: 'recordComplaintFeedback', path: '/api/v1/complaints/{id}/feedback' },
  extend: { operationId: 'extendComplaintDeadline', path: '/api/v1/complaints/{id}/extend' },
  pause: { operationId: 'pauseComplaintDeadlines', path: '/api/v1/complaints/{id}/pause' },
  resume: { operationId: 'resumeComplaintDeadlines', path: '/api/v1/complaints/{id}/resume' },
  escalate: { operationId: 'escalateComplaint', path: '/api/v1/complaints/{id}/escalate' },
  'acknowledge-escalation': {
    operationId: 'acknowledgeComplaintEscalation',
    path: '/api/v1/complaints/{id}/acknowledge-escalation',
  },
  'flag-major': { operationId: 'flagMajorComplaint', path: '/api/v1/complaints/{id}/flag-major' },
  'record-meeting': { operationId: 'recordComplaintMeeting', path: '/api/v1/complaints/{id}/meeting' },
  resolve: { operationId: 'resolveComplaint', path: '/api/v1/complaints/{id}/resolve' },
  disagree: { operationId: 'recordComplaintDisagreement', path: '/api/v1/complaints/{id}/disagree' },
  explain: { operationId: 'closeComplaintAsExplained', path: '/api/v1/complaints/{id}/explain' },
  'sign-off': { operationId: 'signOffComplaint', path: '/api/v1/complaints/{id}/sign-off' },
  'return-visit': { operationId: 'recordReturnVisit', path: '/api/v1/complaints/{id}/return-visit' },
  'visit-attempt': { operationId: 'recordVisitAttempt', path: '/api/v1/complaints/{id}/visit-attempt' },
  'exempt-visit': { operationId: 'exemptReturnVisit', path: '/api/v1/complaints/{id}/exempt-visit' },
  reopen: { operationId: 'reopenComplaint', path: '/api/v1/complaints/{id}/reopen' },
  close: { operationId: 'closeComplaint', path: '/api/v1/complaints/{id}/close' },
  answer: { operationId: 'answerComplaint', path: '/api/v1/complaints/{id}/answer' },
  merge: { operationId: 'mergeComplaint', path: '/api/v1/complaints/{id}/merge' },
};

/** Whether the state machine lets an entry of this kind and status take the action. */
export function stateAllows(kind: Kind, status: Status, action: ComplaintActionCode): boolean {
  return KIND_ACTIONS[kind].includes(action) && ACTION_STATUSES[action].includes(status);
}

/**
 * The actions the page offers: those the entry's kind and status allow, that one of the caller's
 * roles may call, and that the console has a form for (`offered`), in the order given there.
 */
export function allowedActions(
  complaint: Pick<ComplaintView, 'kind' | 'status' | 'paused'>,
  roles: readonly string[],
  table: OperationRoles,
  offered: readonly ComplaintActionCode[],
): ComplaintActionCode[] {
  return offered.filter(
    (action) =>
      stateAllows(complaint.kind, complaint.status, action) &&
      // CMP-14: pausing paused timers or resuming running ones is refused, so not offered.
      !(action === 'pause' && complaint.paused) &&
      !(action === 'resume' && !complaint.paused) &&
      mayCall(table, ACTION_OPERATIONS[action].operationId, roles),
  );
}
