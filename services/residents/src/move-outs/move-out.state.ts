import { DomainError, labelledCodes, MoveOutStatus, type CodeOf } from '@pcs/contracts';

/** RES-6: the steps of a move-out after its request, with the labels staff see. */
export const MoveOutStep = labelledCodes({
  inspect: '登记迁出验房',
  complete: '办结迁出',
  cancel: '取消迁出手续',
});
export type MoveOutStep = CodeOf<typeof MoveOutStep>;

/**
 * RES-6: request → inspection for damage → completion once billing confirms nothing is owed; until
 * it completes, it can be cancelled.
 */
const TRANSITIONS: Readonly<Record<MoveOutStep, Partial<Record<MoveOutStatus, MoveOutStatus>>>> = {
  inspect: { requested: 'inspected' },
  complete: { inspected: 'completed' },
  cancel: { requested: 'cancelled', inspected: 'cancelled' },
};

/** The statuses of a move-out still going on. */
export const OPEN_MOVE_OUT_STATUSES: readonly MoveOutStatus[] = ['requested', 'inspected'];

/** The status after a step, or 409 INVALID_STATE_TRANSITION naming the current status. */
export function nextMoveOutStatus(from: MoveOutStatus, step: MoveOutStep): MoveOutStatus {
  const to = TRANSITIONS[step][from];
  if (to === undefined) {
    throw new DomainError(
      'INVALID_STATE_TRANSITION',
      `迁出手续当前状态为“${MoveOutStatus.label(from)}”，不能${MoveOutStep.label(step)}`,
      { status: from, statusLabel: MoveOutStatus.label(from), step },
    );
  }
  return to;
}
