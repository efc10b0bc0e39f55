import {
  DomainError,
  labelledCodes,
  MoveInStatus,
  type ChargeRequestStatus,
  type MoveInKind,
  type CodeOf,
} from '@pcs/contracts';

/** RES-4: the steps a move-in needs before it completes, with the labels staff see. */
export const MoveInRequirement = labelledCodes({
  identity: '业主身份证件已登记',
  handbook: '业户手册已签收',
  'decoration-rules': '装修管理规定已签收',
  keys: '钥匙已交接',
  handover: '验房（接楼）已完成',
  charges: '入住费用已缴清',
});
export type MoveInRequirement = CodeOf<typeof MoveInRequirement>;

/**
 * Each requirement as what is missing, for the refusal's sentence (`入住手续尚未办齐，缺少：验房（接楼）`,
 * decision 0381). The labels above tick a checklist ("已签收", "已完成"); listed after "尚未办齐" they
 * read as if the step were done.
 */
export const MOVE_IN_REQUIREMENT_MISSING: Readonly<Record<MoveInRequirement, string>> = {
  identity: '业主身份证件登记',
  handbook: '业户手册签收',
  'decoration-rules': '装修管理规定签收',
  keys: '钥匙交接',
  handover: '验房（接楼）',
  charges: '入住费用缴纳',
};

/** Each requirement in English, for the UI developer reading a refusal (decision 0008). */
export const MOVE_IN_REQUIREMENT_IN_ENGLISH: Readonly<Record<MoveInRequirement, string>> = {
  identity: 'the ID documents of the people moving in are on file',
  handbook: "the residents' handbook is acknowledged",
  'decoration-rules': 'the decoration rules are acknowledged',
  keys: 'the keys handed over are recorded',
  handover:
    "the unit's handover inspection with its owner is recorded (RES-3: POST /units/{id}/handover-inspections)",
  charges: 'billing says the move-in charges are paid',
};

export const MoveInStep = labelledCodes({
  acknowledge: '登记签收',
  'record-keys': '登记钥匙交接',
  complete: '办结入住',
  cancel: '取消入住手续',
});
export type MoveInStep = CodeOf<typeof MoveInStep>;

export interface MoveInFacts {
  kind: MoveInKind;
  /** Owners (or tenants) whose ID document is not on file. */
  ownersWithoutIdentity: readonly string[];
  handbookAcknowledged: boolean;
  decorationRulesAcknowledged: boolean;
  keysRecorded: boolean;
  /**
   * RES-3 (decisions 0368, 0383): the unit's handover inspection is recorded. A unit is handed over
   * once (decision 0281), with one of its owners at the time; asked of owners and tenants alike.
   */
  handedOver: boolean;
  /** What billing says about the move-in charges (asked at completion, last known otherwise). */
  chargeStatus: ChargeRequestStatus;
}

/** RES-4: what is still missing, in the order staff work through it; empty when it may complete. */
export function missingMoveInRequirements(facts: MoveInFacts): MoveInRequirement[] {
  const missing: MoveInRequirement[] = [];
  if (facts.ownersWithoutIdentity.length > 0) missing.push('identity');
  if (!facts.handbookAcknowledged) missing.push('handbook');
  // Fitting out is the owner's to apply for (RES-5); a tenant acknowledges the handbook only.
  if (facts.kind === 'owner' && !facts.decorationRulesAcknowledged) missing.push('decoration-rules');
  if (!facts.keysRecorded) missing.push('keys');
  // RES-3 (decision 0368): the owners accept the unit before they move in; a tenant moves into a unit
  // its owner accepted, so a unit never handed over is not moved into by a tenant either (decision 0383).
  if (!facts.handedOver) missing.push('handover');
  if (facts.chargeStatus !== 'settled') missing.push('charges');
  return missing;
}

/** Every step is taken on an open move-in; otherwise 409 INVALID_STATE_TRANSITION naming its status. */
export function assertMoveInOpen(status: MoveInStatus, step: MoveInStep): void {
  if (status !== 'open') {
    throw new DomainError(
      'INVALID_STATE_TRANSITION',
      `入住手续当前状态为“${MoveInStatus.label(status)}”，不能${MoveInStep.label(step)}`,
      { status, statusLabel: MoveInStatus.label(status), step },
    );
  }
}
