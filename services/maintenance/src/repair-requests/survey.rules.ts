import {
  DomainError,
  SurveyRole,
  type ResponsibleParty,
  type SurveyRole as Role,
  type WorkOrderType,
} from '@pcs/contracts';
import { MAINTENANCE_POLICY, type MaintenancePolicy } from '../maintenance-policy.js';

/**
 * MNT-2: who must sign the survey record: customer service, engineering (or the property office) and
 * the repair team lead always; the contractor too from an estimate of 500 yuan.
 */
export function requiredSurveyRoles(
  estimateFen: number,
  policy: MaintenancePolicy = MAINTENANCE_POLICY,
): Role[] {
  const always: Role[] = ['customer-service', 'engineering', 'repair-lead'];
  return estimateFen >= policy.contractorSurveyFromFen ? [...always, 'contractor'] : always;
}

/** MNT-2: 422 naming `participants` when someone the estimate needs did not sign. */
export function assertSurveyParticipants(
  estimateFen: number,
  participants: readonly { role: Role }[],
  policy: MaintenancePolicy = MAINTENANCE_POLICY,
): void {
  const present = new Set(participants.map((p) => p.role));
  const missing = requiredSurveyRoles(estimateFen, policy).filter((r) => !present.has(r));
  if (missing.length) {
    throw new DomainError(
      'BUSINESS_RULE_VIOLATED',
      `现场勘察会签缺少：${missing.map((r) => SurveyRole.label(r)).join('、')}`,
      { field: 'participants', missing, estimateFen },
    );
  }
}

/**
 * MNT-4: the work order type follows the party the survey named: the contractor under warranty (A),
 * the company (B), the resident as a paid service (C). An outside body (a utility) gets no work order.
 */
export function workOrderTypeFor(party: ResponsibleParty): WorkOrderType | undefined {
  const types: Record<ResponsibleParty, WorkOrderType | undefined> = {
    contractor: 'a',
    company: 'b',
    resident: 'c',
    'outside-body': undefined,
  };
  return types[party];
}

/**
 * MNT-3, MNT-4: who the survey may name, given the warranty finding. The contractor is liable only
 * under warranty (type A); the company bears only what is outside it (type B, 保修期外): a defect
 * under warranty is the contractor's to put right, so naming the company for it is refused too
 * (decision 0211). The resident (type C: damage they caused, which no warranty covers) and an
 * outside body may be named either way.
 */
export function assertPartyFitsWarranty(
  party: ResponsibleParty,
  finding: { underWarranty: boolean; reason: string },
): void {
  if (party === 'contractor' && !finding.underWarranty) {
    throw new DomainError('BUSINESS_RULE_VIOLATED', `不在保修期内，不能由承建商负责：${finding.reason}`, {
      field: 'responsibleParty',
    });
  }
  if (party === 'company' && finding.underWarranty) {
    throw new DomainError(
      'BUSINESS_RULE_VIOLATED',
      `在保修期内，应由承建商负责（A类保修），不能作为公司承担的保修期外维修（B类）：${finding.reason}`,
      { field: 'responsibleParty', underWarranty: true },
    );
  }
}

/**
 * BIL-7: naming the resident makes a paid service (type C), billed to the request's unit; a request
 * without a unit (a common area, a complaint's) has nobody to bill, so the resident is not named
 * (decision 0262).
 */
export function assertPartyCanBeBilled(party: ResponsibleParty, unitId: string | null | undefined): void {
  if (party === 'resident' && !unitId) {
    throw DomainError.onField(
      'BUSINESS_RULE_VIOLATED',
      'responsibleParty',
      '报修未关联房屋单元，不能认定由住户承担（有偿维修无从开账）',
    );
  }
}
