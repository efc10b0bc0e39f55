import { MoveInStatus, type ChargeRequestStatus, type MoveInView } from '@pcs/contracts';
import type { MoveIn } from './move-in.entity.js';
import { MoveInRequirement } from './move-in.state.js';

export const MOVE_IN_RECORD = 'move-in';

export function toMoveInView(
  m: MoveIn,
  chargeStatus: ChargeRequestStatus,
  missing: readonly MoveInRequirement[],
): MoveInView {
  return {
    id: m.id,
    communityId: m.communityId,
    unitId: m.unitId,
    ownerPersonIds: m.ownerPersonIds,
    plannedDate: m.plannedDate,
    status: m.status,
    statusLabel: MoveInStatus.label(m.status),
    handbookAcknowledged: m.handbookAcknowledged,
    decorationRulesAcknowledged: m.decorationRulesAcknowledged,
    keys: m.keys,
    charges: { requestId: m.chargeRequestId, status: chargeStatus },
    missing:
      m.status === 'open' ? missing.map((code) => ({ code, label: MoveInRequirement.label(code) })) : [],
    ...(m.movedInAt ? { movedInAt: m.movedInAt.toISOString() } : {}),
    version: m.version,
  };
}
