import { RecordHistory } from '@pcs/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  AcceptanceDepartment,
  DamageRemedy,
  DecorationStatus,
  InspectionResult,
  maskIdNumber,
  maskPhone,
  type DecorationDamageV1,
  type DecorationDamageView,
  type DecorationView,
} from '@pcs/contracts';
import { NO_NAMES, procedureNames, type ProcedureNames } from '../units/procedure-names.js';
import type { Decoration } from './decoration.entity.js';

export const DECORATION_RECORD = 'decoration';

/** A damage with what is done about it in Chinese; without a remedy it is charged (`charge`). */
function damageView(damage: DecorationDamageV1): DecorationDamageView {
  return { ...damage, remedyLabel: DamageRemedy.label(damage.remedy ?? 'charge') };
}

/**
 * The staff view of an application: status label, workers' phones and ID numbers masked (GEN-4), and
 * its history read from the GEN-3 archive, so there is one account of what happened, not two.
 */
export function toDecorationView(
  d: Decoration,
  history: readonly RecordHistory[],
  names: ProcedureNames = NO_NAMES,
): DecorationView {
  return {
    id: d.id,
    number: d.number,
    communityId: d.communityId,
    unitId: d.unitId,
    unitLabel: names.units.get(d.unitId) ?? '',
    applicantPersonId: d.applicantPersonId,
    applicantName: names.people.get(d.applicantPersonId) ?? '',
    status: d.status,
    statusLabel: DecorationStatus.label(d.status),
    scope: d.scope,
    // The contractor's manager is a person too (GEN-4).
    contractor: { ...d.contractor, managerPhone: maskPhone(d.contractor.managerPhone) },
    schedule: { startDate: d.scheduleStartDate, endDate: d.scheduleEndDate },
    workers: d.workers.map((w) => ({
      name: w.name,
      phone: maskPhone(w.phone),
      idNumber: maskIdNumber(w.idNumber),
      ...(w.passNumber ? { passNumber: w.passNumber } : {}),
      ...(w.passValidUntil ? { passValidUntil: w.passValidUntil } : {}),
    })),
    drawings: d.drawings,
    ...(d.agreement ? { agreement: d.agreement } : {}),
    ...(d.chargeRequestId ? { chargeRequestId: d.chargeRequestId } : {}),
    feesPaid: d.feesPaid,
    ...(d.rejectionReasons ? { rejectionReasons: d.rejectionReasons } : {}),
    patrolFindings: d.patrolFindings.map((f) => ({
      id: f.id,
      foundAt: f.foundAt,
      description: f.description,
      violation: f.violation,
      ...(f.damage ? { damage: damageView(f.damage) } : {}),
      recordedBy: { staffId: f.recordedById, name: f.recordedBy },
    })),
    inspections: d.inspections.map((i) => ({
      id: i.id,
      inspectedAt: i.inspectedAt,
      result: i.result,
      resultLabel: InspectionResult.label(i.result),
      ...(i.itemsToFix ? { itemsToFix: i.itemsToFix } : {}),
      damages: i.damages.map(damageView),
      ...(i.signatures
        ? {
            signatures: i.signatures.map((s) => ({
              ...s,
              departmentLabel: AcceptanceDepartment.label(s.department),
            })),
          }
        : {}),
      inspectedBy: { staffId: i.inspectedById, name: i.inspectedBy },
    })),
    pendingRepairs: d.pendingRepairs.map((r) => ({ ...r })),
    ...(d.inspectionPassedAt ? { inspectionPassedAt: d.inspectionPassedAt.toISOString() } : {}),
    ...(d.depositRefundableFrom ? { depositRefundableFrom: d.depositRefundableFrom } : {}),
    history: history.map((h) => ({
      action: h.action,
      actorName: h.actorName,
      at: h.at.toISOString(),
      ...(h.reason ? { note: h.reason } : {}),
    })),
    version: d.version,
  };
}

/** The archive entries of some applications, oldest first, grouped by application. */
export async function decorationHistories(
  em: EntityManager,
  ids: readonly string[],
): Promise<Map<string, RecordHistory[]>> {
  const byId = new Map<string, RecordHistory[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return byId;
  const rows = await em.find(
    RecordHistory,
    { recordType: DECORATION_RECORD, recordId: { $in: [...ids] } },
    { orderBy: { at: 'asc', id: 'asc' } },
  );
  for (const row of rows) byId.get(row.recordId)?.push(row);
  return byId;
}

/** One application as a reply shows it, with its history as of the caller's transaction. */
export async function decorationView(em: EntityManager, d: Decoration): Promise<DecorationView> {
  const histories = await decorationHistories(em, [d.id]);
  return toDecorationView(d, histories.get(d.id) ?? [], await decorationNames(em, [d]));
}

/** The units' labels and the applicants' names of some applications (one read each). */
export function decorationNames(em: EntityManager, ds: readonly Decoration[]): Promise<ProcedureNames> {
  return procedureNames(
    em,
    ds.map((d) => d.unitId),
    ds.map((d) => d.applicantPersonId),
  );
}
