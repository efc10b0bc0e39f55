import { LABELS } from '@pcs/api-client';
import type { ComplaintView } from './deadline-badges';
import type { PathWith } from '../api/gateway-api';
import { mayCall, type OperationId, type OperationRoles } from '../permissions/operation-roles';

type Status = ComplaintView['status'];
type Kind = ComplaintView['kind'];
export type EscalationLevel = ComplaintView['escalationLevel'];
export type Department = ComplaintView['signOffs'][number]['department'];

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
  | 'merge'
  | 'categorise';

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
  // CMP-2, decision 0334: a lead sets or corrects the category while the entry is open or resolved.
  categorise: [...OPEN, 'resolved'],
};

const EVERY_ACTION = Object.keys(ACTION_STATUSES) as ComplaintActionCode[];

/** CMP-13: the actions each kind of entry knows; a suggestion is answered, never resolved. */
export const KIND_ACTIONS: Readonly<Record<Kind, readonly ComplaintActionCode[]>> = {
  complaint: EVERY_ACTION.filter((a) => a !== 'answer'),
  suggestion: ['assign', 'answer', 'merge', 'escalate', 'acknowledge-escalation', 'categorise'],
  praise: ['assign', 'answer', 'merge', 'categorise'],
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
  categorise: { operationId: 'categoriseComplaint', path: '/api/v1/complaints/{id}/category' },
};

/** Whether the state machine lets an entry of this kind and status take the action. */
export function stateAllows(kind: Kind, status: Status, action: ComplaintActionCode): boolean {
  return KIND_ACTIONS[kind].includes(action) && ACTION_STATUSES[action].includes(status);
}

/** The escalation levels, lowest first, as the API's enumeration orders them (CMP-4). */
const LEVELS: readonly EscalationLevel[] = ['handler', 'supervisor', 'manager', 'general-manager'];

/**
 * CMP-4: who confirms an escalation at each level above the handler (the complaints service's
 * `escalation-roles.ts`): each level confirms for itself, a supervisor never for the general manager.
 */
export const ESCALATION_LEVEL_ROLES: Readonly<
  Record<Exclude<EscalationLevel, 'handler'>, readonly string[]>
> = {
  supervisor: ['cs-supervisor'],
  manager: ['cs-manager'],
  'general-manager': ['gm', 'deputy-gm'],
};

/** What of an entry decides, beyond kind and status, whether an action can succeed. */
export type ActionFacts = Pick<
  ComplaintView,
  | 'kind'
  | 'status'
  | 'paused'
  | 'major'
  | 'meeting'
  | 'escalationLevel'
  | 'deadlines'
  | 'returnVisit'
  | 'signOffs'
  | 'repairRequested'
>;

/**
 * CMP-4: the levels whose escalation awaits confirmation and that one of the caller's roles holds: a
 * confirmation deadline still open at that level, at or below the level the entry has reached.
 */
export function levelsToConfirm(
  complaint: Pick<ActionFacts, 'escalationLevel' | 'deadlines'>,
  roles: readonly string[],
): EscalationLevel[] {
  const reached = LEVELS.indexOf(complaint.escalationLevel);
  return LEVELS.filter(
    (level) =>
      level !== 'handler' &&
      LEVELS.indexOf(level) <= reached &&
      ESCALATION_LEVEL_ROLES[level].some((role) => roles.includes(role)) &&
      complaint.deadlines.some(
        (d) => d.kind === 'escalation-acknowledge' && d.level === level && !d.metAt && !d.cancelledAt,
      ),
  );
}

const DEPARTMENTS = Object.keys(LABELS.Department) as Department[];

/**
 * CMP-8, decisions 0290 and 0318: whose staff sign the record for each department (libs/contracts'
 * `DEPARTMENT_SIGNERS`, which the console's bundle does not import; complaint-actions.spec.ts compares
 * the two). Cleaning and landscaping are signed by the customer-service leads who oversee them, the
 * management office by the customer-service manager.
 */
export const DEPARTMENT_SIGNERS: Readonly<Record<Department, readonly string[]>> = {
  engineering: ['engineer', 'chief-engineer', 'repair-lead', 'dispatcher'],
  cleaning: ['cs-supervisor', 'cs-manager'],
  security: ['security'],
  landscaping: ['cs-supervisor', 'cs-manager'],
  'customer-service': ['front-desk', 'cs-supervisor', 'cs-manager'],
  finance: ['finance'],
  management: ['cs-manager'],
};

/**
 * CMP-8: the departments that have not signed the record yet and that one of the caller's roles signs
 * for (decision 0290), in the API's order; each signs once.
 */
export function departmentsToSign(
  complaint: Pick<ActionFacts, 'signOffs'>,
  roles: readonly string[],
): Department[] {
  return DEPARTMENTS.filter(
    (d) =>
      DEPARTMENT_SIGNERS[d].some((role) => roles.includes(role)) &&
      !complaint.signOffs.some((s) => s.department === d),
  );
}

/** CMP-5: a major complaint ends (closed or explained) only with its meeting's minutes on record. */
const mayEnd = (complaint: Pick<ActionFacts, 'major' | 'meeting'>) => !complaint.major || !!complaint.meeting;

/**
 * The service's guards beyond the status, for what the view shows: an action refused by them is not
 * offered (decision 0307).
 */
export function guardsAllow(
  complaint: ActionFacts,
  action: ComplaintActionCode,
  roles: readonly string[],
): boolean {
  switch (action) {
    // CMP-14: pausing paused timers or resuming running ones is refused.
    case 'pause':
      return !complaint.paused;
    case 'resume':
      return complaint.paused;
    // CMP-4: the general manager is the top of the ladder.
    case 'escalate':
      return complaint.escalationLevel !== 'general-manager';
    case 'acknowledge-escalation':
      return levelsToConfirm(complaint, roles).length > 0;
    // CMP-5: flagged once.
    case 'flag-major':
      return !complaint.major;
    // CMP-9, DESK-4: a visit, an attempt or an exemption only while the visit is due.
    case 'return-visit':
    case 'visit-attempt':
    case 'exempt-visit':
      return complaint.returnVisit.status === 'due';
    // CMP-9: closed after the visit or its exemption; CMP-5: a major one after its meeting.
    case 'close':
      return ['done', 'exempt'].includes(complaint.returnVisit.status) && mayEnd(complaint);
    case 'explain':
      return mayEnd(complaint);
    // MNT-5: a repair complaint's deadline follows its work order.
    case 'extend':
      return !complaint.repairRequested;
    case 'sign-off':
      return departmentsToSign(complaint, roles).length > 0;
    default:
      return true;
  }
}

/**
 * The actions the page offers: those the entry's kind and status allow, that the entry's other facts
 * do not refuse (`guardsAllow`), that one of the caller's roles may call, and that the console has a
 * form for (`offered`), in the order given there.
 */
export function allowedActions(
  complaint: ActionFacts,
  roles: readonly string[],
  table: OperationRoles,
  offered: readonly ComplaintActionCode[],
): ComplaintActionCode[] {
  return offered.filter(
    (action) =>
      stateAllows(complaint.kind, complaint.status, action) &&
      guardsAllow(complaint, action, roles) &&
      mayCall(table, ACTION_OPERATIONS[action].operationId, roles),
  );
}
