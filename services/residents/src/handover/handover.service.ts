import { Injectable } from '@nestjs/common';
import { EntityManager, raw, type FilterQuery } from '@mikro-orm/postgresql';
import {
  DomainError,
  HandoverInspected,
  RecordHandoverInspection,
  type HandoverInspectionView,
  type ListHandoverInspectionsV1,
  type Page,
  type RecordHandoverInspectionV1,
} from '@pcs/contracts';
import {
  assertRecordedTime,
  archiveRecord,
  CallContext,
  newId,
  Outbox,
  pageQuery,
  pageWindow,
  runCommand,
  toPage,
} from '@pcs/platform';
import { instantRange } from '../history/date-range.js';
import { localDateOf } from '@pcs/work-calendar';
import { Community } from '../communities/community.entity.js';
import { Occupancy } from '../occupancies/occupancy.entity.js';
import { Person } from '../people/person.entity.js';
import { Unit } from '../units/unit.entity.js';
import { lockUnit } from '../units/unit-lock.js';
import { publishUnitUpdated } from '../units/unit-updated.js';
import { HandoverInspection } from './handover-inspection.entity.js';
import { toHandoverDefectView, toHandoverInspectionView } from './handover.view.js';

/**
 * RES-3: the handover inspection (验房/接楼) with the owner. Each defect gets an id and travels in
 * `handover.inspected`; maintenance turns each into a warranty (type A) repair request.
 */
@Injectable()
export class HandoverService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
  ) {}

  async record(command: RecordHandoverInspectionV1): Promise<HandoverInspectionView> {
    const actor = CallContext.actor();
    return runCommand(this.em, RecordHandoverInspection, command, {
      load: async (em) => {
        const unit = await em.findOne(Unit, { id: command.unitId });
        if (!unit) throw DomainError.notFound('UNIT_NOT_FOUND');
        // Decision 0382: not refused here when unknown or of another community (a 404 naming no
        // field); like the move-ins' people, the owner is judged by the unit's occupancies below.
        const owner = await em.findOne(Person, { id: command.ownerPersonId });
        const community = await em.findOneOrFail(Community, { id: unit.communityId });
        return { unit, owner, community };
      },
      change: async (em, { unit, owner, community }) => {
        const now = new Date();
        const inspectedAt = new Date(command.inspectedAt);
        // Decision 198: an inspection is recorded when it happened, never ahead of the clock.
        assertRecordedTime('inspectedAt', inspectedAt, now);
        const inspectedOn = localDateOf(inspectedAt, community.timeZone);
        // RES-3 (decision 0281): inspected with the owner: someone holding an owner occupancy of the
        // unit that had not ended by the inspection's day. Decision 0382: a person unknown, or of
        // another community (whose occupancies are the other community's units), is refused the same
        // way, as the move-in routes refuse their people: 422 naming the field, by name only when
        // the caller may see the person.
        const ownership = await em.findOne(Occupancy, {
          unitId: unit.id,
          personId: command.ownerPersonId,
          role: 'owner',
          $or: [{ endDate: null }, { endDate: { $gte: inspectedOn } }],
        });
        if (!ownership || !owner) {
          throw new DomainError(
            'BUSINESS_RULE_VIOLATED',
            `${owner?.name ?? command.ownerPersonId}不是该房屋的业主，不能作为验房业主`,
            { field: 'ownerPersonId', personId: command.ownerPersonId },
          );
        }
        // Decision 0281: a unit is handed over once. Locked, so two entries of one inspection queue and
        // the second finds the first; its defects would otherwise become warranty requests twice.
        await lockUnit(em, unit.id);
        const earlier = await em.findOne(HandoverInspection, { unitId: unit.id });
        if (earlier) {
          throw new DomainError(
            'INVALID_STATE_TRANSITION',
            `该房屋已于${localDateOf(earlier.inspectedAt, community.timeZone)}验房，之后发现的问题请报修`,
            { field: 'unitId', inspectionId: earlier.id },
          );
        }
        // Decision 281: a unit without a handover date is handed over at this inspection; the unit keeps
        // that date (archived, and published so replicas agree with maintenance's warranty start).
        if (!unit.handoverDate) {
          unit.handoverDate = inspectedOn;
          unit.updatedAt = now;
          const reason = '验房交付';
          archiveRecord(em, 'unit', unit, {
            action: 'corrected',
            changes: { handoverDate: { from: null, to: inspectedOn } },
            reason,
            at: now,
          });
          await publishUnitUpdated(em, this.outbox, unit, ['handoverDate'], reason, now);
        }
        const inspection = em.create(HandoverInspection, {
          id: newId(),
          companyId: unit.companyId,
          communityId: unit.communityId,
          unitId: unit.id,
          ownerPersonId: owner.id,
          inspectedAt,
          inspectedById: actor.sub,
          inspectedByName: actor.name,
          // MNT-3 counts warranties from the handover date; a unit without one was handed over now.
          handoverDate: unit.handoverDate ?? inspectedOn,
          defects: command.defects.map((d) => ({
            id: newId(),
            location: d.location,
            description: d.description,
            trades: [...d.trades],
            severity: d.severity,
          })),
          createdAt: now,
        });
        archiveRecord(em, 'handover-inspection', inspection, {
          action: 'recorded',
          changes: {
            unitId: unit.id,
            unitLabel: unit.label,
            ownerPersonId: owner.id,
            inspectedAt: inspectedAt.toISOString(),
            defectCount: inspection.defects.length,
          },
          at: now,
        });
        await this.outbox.stage(em, HandoverInspected, {
          aggregateId: inspection.id,
          companyId: inspection.companyId,
          communityId: inspection.communityId,
          time: now,
          data: {
            inspectionId: inspection.id,
            unitId: inspection.unitId,
            ownerPersonId: inspection.ownerPersonId,
            inspectedAt: inspectedAt.toISOString(),
            handoverDate: inspection.handoverDate,
            defectCount: inspection.defects.length,
            defects: inspection.defects.map(toHandoverDefectView),
          },
        });
        return inspection;
      },
      view: (_em, inspection) => toHandoverInspectionView(inspection),
    });
  }

  /** Newest first; another community's are simply not there (GEN-5). */
  async list(query: ListHandoverInspectionsV1): Promise<Page<HandoverInspectionView>> {
    const inspected = instantRange(query);
    const window = pageWindow(query);
    const { where, options } = pageQuery(window, 'desc');
    const filter: FilterQuery<HandoverInspection> = {
      ...(query.communityId ? { communityId: query.communityId } : {}),
      ...(query.unitId ? { unitId: query.unitId } : {}),
      ...(inspected ? { inspectedAt: inspected } : {}),
      ...where,
    };
    if (query.withDefects !== undefined) {
      Object.assign(filter, {
        [raw('jsonb_array_length(defects)')]: query.withDefects ? { $gt: 0 } : 0,
      });
    }
    const rows = await this.em.find(HandoverInspection, filter, options);
    return toPage(rows, window, (shown) => shown.map(toHandoverInspectionView));
  }
}
