import { MoveInKind, MoveInStatus, type ChargeRequestStatus, type MoveInView } from '@pcs/contracts';
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
    kind: m.kind,
    kindLabel: MoveInKind.label(m.kind),
    personIds: m.personIds,
    ownerPersonIds: m.kind === 'owner' ? m.personIds : [],
    ...(m.contractDepositFen !== undefined && m.contractDepositFen !== null
      ? { contractDepositFen: m.contractDepositFen }
      : {}),
    plannedDate: m.plannedDate,
    status: m.status,
    statusLabel: MoveInStatus.label(m.status),
    handbookAcknowledged: m.handbookAcknowledged,
    decorationRulesAcknowledged: m.decorationRulesAcknowledged,
    keys: m.keys,
    charges: { requestId: m.chargeRequestId, status: chargeStatus },
    missing: m.status === 'open' ? missing.map((code) => ({ code, label: requirementLabel(m, code) })) : [],
    ...(m.movedInAt ? { movedInAt: m.movedInAt.toISOString() } : {}),
    ...(m.cancelReason ? { cancelReason: m.cancelReason } : {}),
    ...(m.cancelledAt ? { cancelledAt: m.cancelledAt.toISOString() } : {}),
    version: m.version,
  };
}

/**
 * A tenant's move-in asks the contract deposit (合同押金) instead of the move-in fees, and the
 * tenants' own ID documents, not the owner's (decision 0284).
 */
const TENANT_REQUIREMENT_LABELS: Partial<Record<MoveInRequirement, string>> = {
  identity: '租户身份证件已登记',
  charges: '合同押金已缴清',
};

function requirementLabel(m: MoveIn, code: MoveInRequirement): string {
  return (m.kind === 'tenant' ? TENANT_REQUIREMENT_LABELS[code] : undefined) ?? MoveInRequirement.label(code);
}
