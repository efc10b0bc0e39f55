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
import {
  MOVE_IN_REQUIREMENT_IN_ENGLISH,
  MOVE_IN_REQUIREMENT_MISSING,
  MoveInRequirement,
} from './move-in.state.js';

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

/** How a step of a move-in reads: its checklist label, what is missing, and in English. */
export interface MoveInRequirementWording {
  /** The checklist item the desk ticks (the view's `missing[].label`, `missingSteps[].label`). */
  label: string;
  /** The step as what is missing, for the refusal's sentence (decision 0381). */
  missing: string;
  /** For the UI developer (decision 0008). */
  description: string;
}

/**
 * A tenant's move-in asks the contract deposit (合同押金) instead of the move-in fees, and the
 * tenants' own ID documents, not the owner's (decision 0284), and says so in English too (decision
 * 0381); the handover inspection it asks is its owner's (decision 0383).
 */
const TENANT_WORDING: Partial<Record<MoveInRequirement, Partial<MoveInRequirementWording>>> = {
  identity: {
    label: '租户身份证件已登记',
    missing: '租户身份证件登记',
    description: "the tenants' ID documents are on file",
  },
  handover: {
    description:
      "the unit's handover inspection with its owner is recorded (RES-3: POST /units/{id}/handover-inspections): a tenant moves into a unit its owner accepted",
  },
  charges: {
    label: '合同押金已缴清',
    missing: '合同押金缴纳',
    description: 'billing says the contract deposit (合同押金) is paid',
  },
};

/** How a missing step of a move-in of this kind reads (its view, its refusal). */
export function moveInRequirementWording(
  kind: MoveInKind,
  code: MoveInRequirement,
): MoveInRequirementWording {
  return {
    label: MoveInRequirement.label(code),
    missing: MOVE_IN_REQUIREMENT_MISSING[code],
    description: MOVE_IN_REQUIREMENT_IN_ENGLISH[code],
    ...(kind === 'tenant' ? TENANT_WORDING[code] : undefined),
  };
}

/** What the desk reads for a missing step of a move-in of this kind (its view, its refusal). */
export function moveInRequirementLabel(kind: MoveInKind, code: MoveInRequirement): string {
  return moveInRequirementWording(kind, code).label;
}

/**
 * The refusal's sentence: what is still missing, by the steps' names (decision 0381), not by their
 * checklist labels, which read as done (`入住手续尚未办齐：验房（接楼）已完成`).
 */
export function moveInIncompleteDetail(kind: MoveInKind, missing: readonly MoveInRequirement[]): string {
  return `入住手续尚未办齐，缺少：${missing.map((code) => moveInRequirementWording(kind, code).missing).join('、')}`;
}
