import {
  DomainError,
  WorkOrderAction,
  WorkOrderStatus,
  WorkOrderType,
  type WorkOrderAction as Action,
  type WorkOrderStatus as Status,
} from '@pcs/contracts';

const same = (statuses: readonly Status[]): Partial<Record<Status, Status>> =>
  Object.fromEntries(statuses.map((s) => [s, s]));
const to = (target: Status, statuses: readonly Status[]): Partial<Record<Status, Status>> =>
  Object.fromEntries(statuses.map((s) => [s, target]));

/** Before the work is checked: the completion deadline runs (MNT-5). */
export const BEFORE_CHECK: readonly Status[] = [
  'awaiting-approval',
  'approved',
  'dispatched',
  'in-progress',
  'awaiting-check',
];

/**
 * MNT-5 … MNT-9 as a table: from which status each action may be taken and where it normally leads.
 * Where the outcome decides (the last approval, a failed check, a settlement that needs no contractor),
 * `OUTCOMES` names the other status it may lead to; `decide` in `work-order.rules.ts` chooses.
 */
export const TRANSITIONS: Readonly<Record<Action, Partial<Record<Status, Status>>>> = {
  approve: { 'awaiting-approval': 'awaiting-approval' },
  // MNT-7: dispatched again, to another technician or executor, until the work starts (decision 0323).
  dispatch: { approved: 'dispatched', dispatched: 'dispatched' },
  arrive: { dispatched: 'in-progress' },
  'record-work': { 'in-progress': 'in-progress' },
  finish: { 'in-progress': 'awaiting-check' },
  check: { 'awaiting-check': 'checked' },
  'sign-off': { checked: 'completed' },
  extend: same(BEFORE_CHECK),
  'submit-settlement': { completed: 'settlement-submitted' },
  'review-settlement': { 'settlement-submitted': 'settlement-reviewed' },
  'confirm-settlement': { 'settlement-reviewed': 'contractor-confirmed' },
  'certify-settlement': { 'contractor-confirmed': 'settled' },
  cancel: to('cancelled', ['awaiting-approval', 'approved', 'dispatched']),
  'retry-fund-draw': { settled: 'settled' },
  // MNT-10: the return visit follows completion, whatever the settlement's stage.
  'return-visit': same([
    'completed',
    'settlement-submitted',
    'settlement-reviewed',
    'contractor-confirmed',
    'settled',
  ]),
};

/** The other outcome of an action, where there is one. */
export const OUTCOMES: Readonly<Partial<Record<Action, Partial<Record<Status, Status>>>>> = {
  approve: { 'awaiting-approval': 'approved' }, // the last step of the chain (MNT-6)
  check: { 'awaiting-check': 'in-progress' }, // a failed check (MNT-8)
  'review-settlement': { 'settlement-submitted': 'settled' }, // types B and C need no contractor (MNT-9)
};

/** Actions only a type-A (warranty) order knows: the contractor's confirmation and the certification. */
const TYPE_A_ONLY: readonly Action[] = ['confirm-settlement', 'certify-settlement'];

export function isFinalStatus(status: Status): boolean {
  return status === 'settled' || status === 'cancelled' || status === 'returned';
}

export function canTakeAction(type: WorkOrderType, from: Status, action: Action): boolean {
  if (TYPE_A_ONLY.includes(action) && type !== 'a') return false;
  return TRANSITIONS[action][from] !== undefined;
}

/** Where an action may lead from `from`: the table's status and the alternative outcome. */
export function possibleTargets(from: Status, action: Action): Status[] {
  return [TRANSITIONS[action][from], OUTCOMES[action]?.[from]].filter((s): s is Status => s !== undefined);
}

/** The status after an action, or 409 INVALID_STATE_TRANSITION naming the current status. */
export function nextWorkOrderStatus(type: WorkOrderType, from: Status, action: Action): Status {
  if (action === 'dispatch' && from === 'awaiting-approval') {
    // MNT-6: the refusal says what is missing, not only that the state is wrong.
    throw new DomainError('APPROVAL_REQUIRED', '派工单尚未获得其金额所需的审批，不能派工', {
      status: from,
      statusLabel: WorkOrderStatus.label(from),
      action,
    });
  }
  const target = canTakeAction(type, from, action) ? TRANSITIONS[action][from] : undefined;
  if (target === undefined) {
    throw new DomainError(
      'INVALID_STATE_TRANSITION',
      `${WorkOrderType.label(type)}派工单当前状态为“${WorkOrderStatus.label(from)}”，不能${WorkOrderAction.label(action)}`,
      { status: from, statusLabel: WorkOrderStatus.label(from), action, type },
    );
  }
  return target;
}
