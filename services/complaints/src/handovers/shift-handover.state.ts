import { DomainError, ShiftHandoverAction, ShiftHandoverStatus } from '@pcs/contracts';

type Status = ShiftHandoverStatus;
type Action = ShiftHandoverAction;

/** What the rules read of a handover. */
export interface ShiftHandoverFacts {
  status: Status;
  /** The supervisor reviewed it already: a review is given once. */
  reviewed: boolean;
}

/**
 * DESK-1 as a table: the incoming staff member accepts or refuses a pending handover; the supervisor
 * reviews it once it was accepted or refused. A review leaves the status as it was.
 */
const TRANSITIONS: Readonly<Record<Action, Partial<Record<Status, Status>>>> = {
  accept: { pending: 'accepted' },
  refuse: { pending: 'refused' },
  review: { accepted: 'accepted', refused: 'refused' },
};

export function canTakeShiftHandoverAction(facts: ShiftHandoverFacts, action: Action): boolean {
  return TRANSITIONS[action][facts.status] !== undefined && !(action === 'review' && facts.reviewed);
}

/** The status after an action, or 409 INVALID_STATE_TRANSITION naming where the handover stands. */
export function nextShiftHandoverStatus(facts: ShiftHandoverFacts, action: Action): Status {
  const to = TRANSITIONS[action][facts.status];
  if (to === undefined || (action === 'review' && facts.reviewed)) {
    const message =
      to !== undefined
        ? '交接班已由主管审阅，不能再次审阅'
        : `交接班当前状态为“${ShiftHandoverStatus.label(facts.status)}”，不能${ShiftHandoverAction.label(action)}`;
    throw new DomainError('INVALID_STATE_TRANSITION', message, {
      status: facts.status,
      statusLabel: ShiftHandoverStatus.label(facts.status),
      reviewed: facts.reviewed,
      action,
    });
  }
  return to;
}
