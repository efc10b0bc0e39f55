import { MoveOutStatus, type MoveOutView } from '@pcs/contracts';
import type { MoveOut } from './move-out.entity.js';

export const MOVE_OUT_RECORD = 'move-out';

export function toMoveOutView(m: MoveOut): MoveOutView {
  return {
    id: m.id,
    communityId: m.communityId,
    unitId: m.unitId,
    occupancyIds: m.occupancyIds,
    moveOutDate: m.moveOutDate,
    reason: m.reason,
    status: m.status,
    statusLabel: MoveOutStatus.label(m.status),
    ...(m.inspectedAt ? { inspectedAt: m.inspectedAt.toISOString() } : {}),
    damages: m.damages,
    ...(m.completedAt ? { completedAt: m.completedAt.toISOString() } : {}),
    ...(m.cancelReason ? { cancelReason: m.cancelReason } : {}),
    ...(m.cancelledAt ? { cancelledAt: m.cancelledAt.toISOString() } : {}),
    version: m.version,
  };
}
