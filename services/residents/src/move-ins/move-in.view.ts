import {
  ChargeRequestProgress,
  KeyKind,
  MoveInKind,
  MoveInStatus,
  type ChargeRequestStatus,
  type MoveInView,
} from '@pcs/contracts';
import { NO_NAMES, type ProcedureNames } from '../units/procedure-names.js';
import type { MoveIn } from './move-in.entity.js';
import { MoveInRequirement } from './move-in.state.js';

export const MOVE_IN_RECORD = 'move-in';

export function toMoveInView(
  m: MoveIn,
  chargeStatus: ChargeRequestStatus,
  missing: readonly MoveInRequirement[],
  names: ProcedureNames = NO_NAMES,
): MoveInView {
  return {
    id: m.id,
    communityId: m.communityId,
    unitId: m.unitId,
    unitLabel: names.units.get(m.unitId) ?? '',
    kind: m.kind,
    kindLabel: MoveInKind.label(m.kind),
    personIds: m.personIds,
    personNames: m.personIds.map((id) => names.people.get(id) ?? ''),
    ownerPersonIds: m.kind === 'owner' ? m.personIds : [],
    ...(m.contractDepositFen !== undefined && m.contractDepositFen !== null
      ? { contractDepositFen: m.contractDepositFen }
      : {}),
    plannedDate: m.plannedDate,
    status: m.status,
    statusLabel: MoveInStatus.label(m.status),
    handbookAcknowledged: m.handbookAcknowledged,
    decorationRulesAcknowledged: m.decorationRulesAcknowledged,
    keys: m.keys.map((k) => ({ ...k, kindLabel: KeyKind.label(k.kind) })),
    charges: {
      requestId: m.chargeRequestId,
      status: chargeStatus,
      statusLabel: ChargeRequestProgress.label(chargeStatus),
    },
    missing:
      m.status === 'open'
        ? missing.map((code) => ({ code, label: moveInRequirementLabel(m.kind, code) }))
        : [],
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

/** What the desk reads for a missing step of a move-in of this kind (its view, its refusal). */
export function moveInRequirementLabel(kind: MoveInKind, code: MoveInRequirement): string {
  return (kind === 'tenant' ? TENANT_REQUIREMENT_LABELS[code] : undefined) ?? MoveInRequirement.label(code);
}
