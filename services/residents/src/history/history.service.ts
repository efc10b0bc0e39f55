import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  DecorationStatus,
  DomainError,
  HistoryRecordType,
  MoveInStatus,
  MoveOutStatus,
  ProcedureKind,
  type GetPersonHistoryV1,
  type GetUnitHistoryV1,
  type HistoryEntryView,
  type Page,
  type PersonHistoryView,
  type PersonProcedureView,
} from '@pcs/contracts';
import { pageQuery, pageWindow, RecordHistory, toPage } from '@pcs/platform';
import { ChargeRequest } from '../billing/charge-request.entity.js';
import { Decoration } from '../decorations/decoration.entity.js';
import { HandoverInspection } from '../handover/handover-inspection.entity.js';
import { MoveIn } from '../move-ins/move-in.entity.js';
import { MoveOut } from '../move-outs/move-out.entity.js';
import { Occupancy } from '../occupancies/occupancy.entity.js';
import { Person } from '../people/person.entity.js';
import { findUnit } from '../units/unit-lock.js';
import { Unit } from '../units/unit.entity.js';
import { historySummary } from './history-summary.js';

/**
 * GEN-3 as the desk reads it. A unit's timeline is the archive of the unit and of every record about
 * it (occupancies, move-ins, move-outs, handover inspections, decorations, charge requests), newest
 * first; the archive never holds phone or ID numbers in full (GEN-4), so nothing here is unmasked.
 */
@Injectable()
export class HistoryService {
  constructor(private readonly em: EntityManager) {}

  async unitHistory(query: GetUnitHistoryV1): Promise<Page<HistoryEntryView>> {
    const unit = await findUnit(this.em, query.unitId);
    const records = await this.recordsOf(unit);
    const ids = records.filter((r) => !query.recordType || r.type === query.recordType).map((r) => r.id);
    const window = pageWindow(query, { name: 'unit-history' });
    const { where, options } = pageQuery(window, 'desc');
    const rows = await this.em.find(
      RecordHistory,
      { communityId: unit.communityId, recordId: { $in: ids }, ...where },
      options,
    );
    return toPage(rows, window, (shown) => shown.map(historyEntryView));
  }

  /** The procedures a person took part in, newest first: as owner/tenant, applicant or leaver. */
  async personHistory(query: GetPersonHistoryV1): Promise<PersonHistoryView> {
    const person = await this.em.findOne(Person, { id: query.personId });
    if (!person) throw DomainError.notFound('PERSON_NOT_FOUND');
    const [moveIns, moveOuts, decorations] = await Promise.all([
      this.em.find(MoveIn, { personIds: { $contains: [person.id] } }),
      this.em.find(MoveOut, { personIds: { $contains: [person.id] } }),
      this.em.find(Decoration, { applicantPersonId: person.id }),
    ]);
    const unitIds = [...new Set([...moveIns, ...moveOuts, ...decorations].map((p) => p.unitId))];
    const units = new Map(
      (await this.em.find(Unit, { id: { $in: unitIds } })).map((u) => [u.id, u.label] as const),
    );
    const label = (unitId: string) => units.get(unitId) ?? '';
    const procedures: PersonProcedureView[] = [
      ...moveIns.map((m) =>
        procedure('move-in', m, label(m.unitId), m.status, MoveInStatus.label(m.status), m.plannedDate),
      ),
      ...moveOuts.map((m) =>
        procedure('move-out', m, label(m.unitId), m.status, MoveOutStatus.label(m.status), m.moveOutDate),
      ),
      ...decorations.map((d) =>
        procedure(
          'decoration',
          d,
          label(d.unitId),
          d.status,
          DecorationStatus.label(d.status),
          d.scheduleStartDate,
        ),
      ),
    ].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
    return { personId: person.id, name: person.name, procedures };
  }

  /** Every record whose archive belongs to the unit's timeline. */
  private async recordsOf(unit: Unit): Promise<{ type: HistoryRecordType; id: string }[]> {
    const byUnit = { unitId: unit.id };
    const fields = { fields: ['id'] as const };
    const [occupancies, moveIns, moveOuts, inspections, decorations, charges] = await Promise.all([
      this.em.find(Occupancy, byUnit, fields),
      this.em.find(MoveIn, byUnit, fields),
      this.em.find(MoveOut, byUnit, fields),
      this.em.find(HandoverInspection, byUnit, fields),
      this.em.find(Decoration, byUnit, fields),
      this.em.find(ChargeRequest, byUnit, fields),
    ]);
    const of = (type: HistoryRecordType, rows: { id: string }[]) => rows.map((r) => ({ type, id: r.id }));
    return [
      { type: 'unit', id: unit.id },
      ...of('occupancy', occupancies),
      ...of('move-in', moveIns),
      ...of('move-out', moveOuts),
      ...of('handover-inspection', inspections),
      ...of('decoration', decorations),
      ...of('charge-request', charges),
    ];
  }
}

function procedure(
  kind: ProcedureKind,
  record: { id: string; unitId: string; createdAt: Date },
  unitLabel: string,
  status: string,
  statusLabel: string,
  date: string,
): PersonProcedureView {
  return {
    kind,
    kindLabel: ProcedureKind.label(kind),
    id: record.id,
    unitId: record.unitId,
    unitLabel,
    status,
    statusLabel,
    date,
    createdAt: record.createdAt.toISOString(),
  };
}

function historyEntryView(h: RecordHistory): HistoryEntryView {
  const recordType = h.recordType as HistoryRecordType;
  return {
    id: h.id,
    recordType,
    recordTypeLabel: HistoryRecordType.label(recordType),
    recordId: h.recordId,
    action: h.action,
    summary: historySummary(recordType, h.action),
    actorName: h.actorName,
    at: h.at.toISOString(),
    ...(h.changes ? { changes: h.changes } : {}),
    ...(h.reason ? { reason: h.reason } : {}),
  };
}
