import { RecordHistory } from '@pcs/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DecorationStatus, maskIdNumber, maskPhone, type DecorationView } from '@pcs/contracts';
import type { Decoration } from './decoration.entity.js';

export const DECORATION_RECORD = 'decoration';

/**
 * The staff view of an application: status label, workers' phones and ID numbers masked (GEN-4), and
 * its history read from the GEN-3 archive, so there is one account of what happened, not two.
 */
export function toDecorationView(d: Decoration, history: readonly RecordHistory[]): DecorationView {
  return {
    id: d.id,
    number: d.number,
    communityId: d.communityId,
    unitId: d.unitId,
    applicantPersonId: d.applicantPersonId,
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
      ...(f.damage ? { damage: f.damage } : {}),
      recordedBy: { staffId: f.recordedById, name: f.recordedBy },
    })),
    inspections: d.inspections.map((i) => ({
      id: i.id,
      inspectedAt: i.inspectedAt,
      result: i.result,
      ...(i.itemsToFix ? { itemsToFix: i.itemsToFix } : {}),
      damages: i.damages,
      ...(i.signatures ? { signatures: i.signatures } : {}),
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
  return toDecorationView(d, histories.get(d.id) ?? []);
}
