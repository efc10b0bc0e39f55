import {
  ComplaintAction,
  ComplaintKind,
  ComplaintStatus,
  DomainError,
  type ComplaintAction as Action,
} from '@pcs/contracts';

type Status = ComplaintStatus;

/** Statuses in which a complaint is being worked on: deadlines run, it can be escalated or merged. */
const WORKING: readonly Status[] = ['assigned', 'in-progress', 'negotiating', 'reopened'];
const OPEN: readonly Status[] = ['registered', ...WORKING];

/** Statuses of an entry not yet resolved, answered or otherwise finished: someone still owes the customer. */
export const UNRESOLVED_STATUSES: readonly Status[] = OPEN;

const same = (statuses: readonly Status[]): Partial<Record<Status, Status>> =>
  Object.fromEntries(statuses.map((s) => [s, s]));
const to = (target: Status, statuses: readonly Status[]): Partial<Record<Status, Status>> =>
  Object.fromEntries(statuses.map((s) => [s, target]));

/**
 * CMP-2 … CMP-10, CMP-16 as a table: from which status each action may be taken and where it leads.
 * Guards that depend on more than the status (consent for an extension, a meeting record for a major
 * complaint, a return visit before closing) live in `complaint.rules.ts`.
 */
const TRANSITIONS: Readonly<Record<Action, Partial<Record<Status, Status>>>> = {
  assign: { registered: 'assigned', ...same(WORKING) },
  acknowledge: same(OPEN),
  feedback: { assigned: 'in-progress', reopened: 'in-progress', 'in-progress': 'in-progress' },
  extend: same(WORKING),
  pause: same(WORKING),
  resume: same(WORKING),
  escalate: same(OPEN),
  'acknowledge-escalation': same([...OPEN, 'resolved']),
  'flag-major': same(OPEN),
  'record-meeting': same([...OPEN, 'resolved']),
  resolve: { assigned: 'resolved', 'in-progress': 'resolved', negotiating: 'resolved', reopened: 'resolved' },
  disagree: { resolved: 'negotiating' },
  explain: {
    assigned: 'explained',
    'in-progress': 'explained',
    negotiating: 'explained',
    reopened: 'explained',
  },
  'sign-off': same(['resolved', 'closed', 'explained']),
  'return-visit': { resolved: 'resolved' },
  'visit-attempt': { resolved: 'resolved' },
  'exempt-visit': { resolved: 'resolved' },
  reopen: { resolved: 'reopened', closed: 'reopened' },
  close: { resolved: 'closed' },
  answer: { registered: 'answered', assigned: 'answered' },
  merge: to('merged', [...OPEN, 'referred']),
  // CMP-2: the category is set or corrected while the entry is worked on or awaits its visit.
  categorise: same([...OPEN, 'resolved']),
};

/** The actions each kind of entry knows; a suggestion is answered, never resolved (CMP-13). */
const KIND_ACTIONS: Readonly<Record<ComplaintKind, readonly Action[]>> = {
  complaint: ComplaintAction.codes.filter((a) => a !== 'answer'),
  suggestion: ['assign', 'answer', 'merge', 'escalate', 'acknowledge-escalation', 'categorise'],
  praise: ['assign', 'answer', 'merge', 'categorise'],
  enquiry: ['answer', 'merge'],
  repair: ['merge'],
};

/**
 * Moves only some kinds make: an enquiry is answered at registration, and a duplicate of it is
 * still folded into the entry that stays (decision 0085's table, decision 0301).
 */
const KIND_TRANSITIONS: Readonly<
  Partial<Record<ComplaintKind, Partial<Record<Action, Partial<Record<Status, Status>>>>>>
> = {
  enquiry: { merge: { answered: 'merged' } },
};

function transition(kind: ComplaintKind, from: Status, action: Action): Status | undefined {
  if (!KIND_ACTIONS[kind].includes(action)) return undefined;
  return TRANSITIONS[action][from] ?? KIND_TRANSITIONS[kind]?.[action]?.[from];
}

/** Merged entries point at the one that stays: they are final, like closed ones. */
export function isFinalStatus(status: Status): boolean {
  return status === 'closed' || status === 'explained' || status === 'answered' || status === 'merged';
}

export function canTakeAction(kind: ComplaintKind, from: Status, action: Action): boolean {
  return transition(kind, from, action) !== undefined;
}

/** The status after an action, or 409 INVALID_STATE_TRANSITION naming the current status. */
export function nextComplaintStatus(kind: ComplaintKind, from: Status, action: Action): Status {
  const to = transition(kind, from, action);
  if (to === undefined) {
    throw new DomainError(
      'INVALID_STATE_TRANSITION',
      `${ComplaintKind.label(kind)}当前状态为“${ComplaintStatus.label(from)}”，不能${ComplaintAction.label(action)}`,
      { status: from, statusLabel: ComplaintStatus.label(from), action, kind },
    );
  }
  return to;
}

/** The statuses the action can be taken from, for documentation and tests. */
export function statusesAllowing(action: Action): Status[] {
  return Object.keys(TRANSITIONS[action]) as Status[];
}
