import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  CancelMoveOut,
  CompleteMoveOut,
  MoveOutCancelled,
  MoveOutRequested,
  DomainError,
  MAX_FEN,
  OccupancyEnded,
  RecordMoveOutInspection,
  RequestMoveOut,
  UnitMovedOut,
  type CancelMoveOutV1,
  type ListMoveOutsV1,
  type MoveOutRefV1,
  type Page,
  type MoveOutView,
  type RecordMoveOutInspectionV1,
  type RequestMoveOutV1,
} from '@pcs/contracts';
import {
  archiveRecord,
  assertRecordedTime,
  lockRecord,
  newId,
  Outbox,
  pageQuery,
  pageWindow,
  runCommand,
  toPage,
} from '@pcs/platform';
import { assertWithinPlanHorizon, communityToday } from '../communities/community-calendar.js';
import { dateRange } from '../history/date-range.js';
import { BillingQueries } from '../billing/billing-queries.js';
import { raiseChargeRequest, withdrawChargeRequest } from '../billing/charge-requests.js';
import { changeUnitStatusAfterWorks } from '../decorations/unit-status-after-works.js';
import { findUnit, lockUnit } from '../units/unit-lock.js';
import { Occupancy } from '../occupancies/occupancy.entity.js';
import { currentOccupancies } from '../units/current-occupancies.js';
import { MoveOut } from './move-out.entity.js';
import { lastResidentDay } from './move-out-effect.js';
import { nextMoveOutStatus, OPEN_MOVE_OUT_STATUSES } from './move-out.state.js';
import { MOVE_OUT_RECORD, moveOutView, moveOutViews } from './move-out.view.js';

/** RES-6: move-out, refused while billing reports anything owed for the unit. */
@Injectable()
export class MoveOutService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    private readonly billing: BillingQueries,
  ) {}

  /**
   * Opens a move-out of some current occupancies of a unit. Billing is asked at once: arrears refuse
   * it with what is owed, and nothing is created; billing's own failure (503/504) reaches the caller.
   */
  request(command: RequestMoveOutV1): Promise<MoveOutView> {
    return runCommand(this.em, RequestMoveOut, command, {
      change: async (em) => {
        if (new Set(command.occupancyIds).size !== command.occupancyIds.length) {
          throw DomainError.validation([
            { field: 'occupancyIds', message: 'occupancyIds must not name an occupancy twice' },
          ]);
        }
        // Locked: requests for one unit queue, so an occupancy cannot get two open move-outs.
        const unit = await lockUnit(em, command.unitId);
        assertWithinPlanHorizon({ moveOutDate: command.moveOutDate }, await communityToday(em, unit));
        const current = new Map((await currentOccupancies(em, unit.id)).map((o) => [o.id, o]));
        const leaving = command.occupancyIds.flatMap((id) => current.get(id) ?? []);
        const notCurrent = command.occupancyIds.filter((id) => !current.has(id));
        if (notCurrent.length > 0) {
          throw new DomainError('BUSINESS_RULE_VIOLATED', '所选入住关系不是该房屋当前的入住关系', {
            field: 'occupancyIds',
            occupancyIds: notCurrent,
          });
        }
        const startedLater = leaving.filter((o) => o.startDate > command.moveOutDate);
        if (startedLater.length > 0) {
          throw new DomainError('BUSINESS_RULE_VIOLATED', '迁出日期早于入住开始日期', {
            field: 'moveOutDate',
            occupancyIds: startedLater.map((o) => o.id),
          });
        }
        const open = await em.find(MoveOut, {
          unitId: unit.id,
          status: { $in: [...OPEN_MOVE_OUT_STATUSES] },
        });
        const already = open.find((m) => m.occupancyIds.some((id) => command.occupancyIds.includes(id)));
        if (already) {
          throw new DomainError('BUSINESS_RULE_VIOLATED', '所选入住关系已有办理中的迁出手续', {
            moveOutId: already.id,
          });
        }
        // Decision 220: a move-out completed ahead of its date leaves its occupancies current until
        // then; they have moved out all the same, and a second move-out would end them twice.
        const completed = await em.find(MoveOut, { unitId: unit.id, status: 'completed' });
        const done = completed.find((m) => m.occupancyIds.some((id) => command.occupancyIds.includes(id)));
        if (done) {
          throw new DomainError(
            'BUSINESS_RULE_VIOLATED',
            `所选入住关系已办结迁出（迁出日期 ${done.moveOutDate}）`,
            {
              field: 'occupancyIds',
              moveOutId: done.id,
            },
          );
        }
        await this.billing.requireClearance(unit.id);
        const now = new Date();
        const moveOut = em.create(MoveOut, {
          id: newId(),
          companyId: unit.companyId,
          communityId: unit.communityId,
          unitId: unit.id,
          occupancyIds: command.occupancyIds,
          personIds: leaving.map((o) => o.personId),
          moveOutDate: command.moveOutDate,
          reason: command.reason,
          status: 'requested',
          damages: [],
          createdAt: now,
          updatedAt: now,
          version: 1,
        });
        archiveRecord(em, MOVE_OUT_RECORD, moveOut, {
          action: 'requested',
          changes: {
            status: 'requested',
            occupancyIds: command.occupancyIds,
            moveOutDate: command.moveOutDate,
          },
          reason: command.reason,
          at: now,
        });
        // The manuals' 工作联系单: engineering inspects and security lets the removal through.
        await this.outbox.stage(em, MoveOutRequested, {
          aggregateId: moveOut.id,
          companyId: moveOut.companyId,
          communityId: moveOut.communityId,
          time: now,
          data: {
            moveOutId: moveOut.id,
            unitId: unit.id,
            unitLabel: unit.label,
            moveOutDate: command.moveOutDate,
            requestedAt: now.toISOString(),
          },
        });
        return moveOut;
      },
      view: (em, m) => moveOutView(em, m),
    });
  }

  /**
   * Engineering's inspection for damage at the leaver's cost: any damages go to billing as ONE charge
   * request, to the account or from a deposit as each says.
   */
  recordInspection(command: RecordMoveOutInspectionV1): Promise<MoveOutView> {
    return runCommand(this.em, RecordMoveOutInspection, command, {
      change: async (em) => {
        const m = await lockMoveOut(em, command.moveOutId);
        const to = nextMoveOutStatus(m.status, 'inspect');
        const inspectedAt = new Date(command.inspectedAt);
        assertRecordedTime('inspectedAt', inspectedAt, new Date(), {
          at: m.createdAt,
          what: 'the move-out was requested',
        });
        assertDamagesPayable(command.damages);
        m.inspectedAt = inspectedAt;
        m.damages = command.damages;
        const [payer] = m.personIds;
        if (command.damages.length > 0 && payer !== undefined) {
          const request = await raiseChargeRequest(em, this.outbox, {
            companyId: m.companyId,
            communityId: m.communityId,
            unitId: m.unitId,
            purpose: 'move-out-damage',
            reference: { kind: 'move-out', id: m.id },
            payerPersonId: payer,
            items: command.damages.map((d) => ({
              code: d.chargeTo === 'account' ? 'damage-to-account' : 'damage-from-deposit',
              description: d.description,
              amountFen: d.amountFen,
            })),
          });
          m.damageChargeRequestId = request.id;
        }
        this.transition(em, m, to, {
          inspectedAt: m.inspectedAt.toISOString(),
          damages: command.damages,
          ...(m.damageChargeRequestId ? { chargeRequestId: m.damageChargeRequestId } : {}),
        });
        return m;
      },
      view: (em, m) => moveOutView(em, m),
    });
  }

  /**
   * Billing is asked again: anything still owed (the damages included) refuses it. Otherwise the named
   * occupancies end on the move-out date, and the unit is vacant only if nobody lives there any more.
   */
  complete(command: MoveOutRefV1): Promise<MoveOutView> {
    return runCommand(this.em, CompleteMoveOut, command, {
      change: async (em) => {
        const m = await lockMoveOut(em, command.moveOutId);
        const to = nextMoveOutStatus(m.status, 'complete');
        const unit = await findUnit(em, m.unitId);
        await this.billing.requireClearance(unit.id);
        const occupancies = await em.find(
          Occupancy,
          { id: { $in: m.occupancyIds } },
          { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true, orderBy: { id: 'asc' } },
        );
        for (const occupancy of occupancies) await this.endOccupancy(em, occupancy, m);
        await em.flush();
        // Decision 337: the unit is empty after the last day anybody lives there — this move-out's
        // date, or a later end of those who remain (a move-out completed earlier, ahead of its date).
        const lastDay = await lastResidentDay(em, m);
        const nobodyRemains = lastDay !== undefined;
        // Decision 220: completed ahead of that day, the move-out changes the unit on it (the daily
        // round); the leavers live there until then, and billing counts their days to it.
        const takesEffectLater = lastDay !== undefined && lastDay > (await communityToday(em, unit));
        let unitStatus = unit.status;
        if (nobodyRemains && takesEffectLater) {
          m.vacancyDueOn = lastDay;
          unitStatus = unit.status === 'decorating' ? 'decorating' : 'vacant';
        } else if (nobodyRemains) {
          unitStatus = await changeUnitStatusAfterWorks(
            em,
            this.outbox,
            m.unitId,
            'vacant',
            `迁出：${m.reason}`,
          );
          m.unitStatusAfter = unitStatus;
        } else {
          m.unitStatusAfter = unitStatus;
        }
        const now = new Date();
        m.completedAt = now;
        this.transition(em, m, to, {
          completedAt: now.toISOString(),
          unitStatus,
          ...(m.vacancyDueOn ? { vacancyDueOn: m.vacancyDueOn } : {}),
        });
        await this.outbox.stage(em, UnitMovedOut, {
          aggregateId: m.id,
          companyId: m.companyId,
          communityId: m.communityId,
          time: now,
          data: {
            moveOutId: m.id,
            unitId: m.unitId,
            occupancyIds: m.occupancyIds,
            personIds: m.personIds,
            moveOutDate: m.moveOutDate,
            unitStatus,
          },
        });
        return m;
      },
      view: (em, m) => moveOutView(em, m),
    });
  }

  /**
   * A move-out not completed yet can be cancelled with a reason (the resident stays, or it was opened
   * for the wrong occupancies); a damage charge request it raised is withdrawn from billing.
   */
  cancel(command: CancelMoveOutV1): Promise<MoveOutView> {
    return runCommand(this.em, CancelMoveOut, command, {
      change: async (em) => {
        const m = await lockMoveOut(em, command.moveOutId);
        const to = nextMoveOutStatus(m.status, 'cancel');
        const now = new Date();
        m.cancelReason = command.reason;
        m.cancelledAt = now;
        this.transition(em, m, to, { cancelledAt: now.toISOString() }, command.reason);
        if (m.damageChargeRequestId) {
          await withdrawChargeRequest(em, this.outbox, m.damageChargeRequestId, command.reason);
        }
        await this.outbox.stage(em, MoveOutCancelled, {
          aggregateId: m.id,
          companyId: m.companyId,
          communityId: m.communityId,
          time: now,
          data: { moveOutId: m.id, unitId: m.unitId, reason: command.reason, cancelledAt: now.toISOString() },
        });
        return m;
      },
      view: (em, m) => moveOutView(em, m),
    });
  }

  /** Newest first; another community's are simply not there (GEN-5). */
  async list(query: ListMoveOutsV1): Promise<Page<MoveOutView>> {
    const dates = dateRange(query);
    const window = pageWindow(query);
    const { where, options } = pageQuery(window, 'desc');
    const rows = await this.em.find(
      MoveOut,
      {
        ...(query.communityId ? { communityId: query.communityId } : {}),
        ...(query.unitId ? { unitId: query.unitId } : {}),
        ...(query.status ? { status: query.status } : {}),
        ...(dates ? { moveOutDate: dates } : {}),
        ...where,
      },
      options,
    );
    return toPage(rows, window, (shown) => moveOutViews(this.em, shown));
  }

  async get(query: MoveOutRefV1): Promise<MoveOutView> {
    const m = await this.em.findOne(MoveOut, { id: query.moveOutId });
    if (!m) throw DomainError.notFound('MOVE_OUT_NOT_FOUND');
    return moveOutView(this.em, m);
  }

  /** RES-2: the occupancy ends on the move-out date and stays in the history. */
  private async endOccupancy(em: EntityManager, occupancy: Occupancy, m: MoveOut): Promise<void> {
    // Ended meanwhile (on or before the move-out date): nothing left to end.
    if (occupancy.endDate && occupancy.endDate <= m.moveOutDate) return;
    const from = occupancy.endDate ?? null;
    occupancy.endDate = m.moveOutDate;
    occupancy.endReason = m.reason;
    archiveRecord(em, 'occupancy', occupancy, {
      action: 'ended',
      changes: { endDate: { from, to: m.moveOutDate }, moveOutId: m.id },
      reason: m.reason,
    });
    await this.outbox.stage(em, OccupancyEnded, {
      aggregateId: occupancy.id,
      companyId: occupancy.companyId,
      communityId: occupancy.communityId,
      data: {
        occupancyId: occupancy.id,
        unitId: occupancy.unitId,
        personId: occupancy.personId,
        role: occupancy.role,
        endDate: m.moveOutDate,
        reason: m.reason,
      },
    });
  }

  private transition(
    em: EntityManager,
    m: MoveOut,
    to: MoveOut['status'],
    changes: Record<string, unknown>,
    reason?: string,
  ): void {
    const from = m.status;
    m.status = to;
    m.updatedAt = new Date();
    archiveRecord(em, MOVE_OUT_RECORD, m, {
      action: to,
      changes: { status: { from, to }, ...changes },
      ...(reason !== undefined ? { reason } : {}),
    });
  }
}

function lockMoveOut(em: EntityManager, id: string): Promise<MoveOut> {
  return lockRecord(em, MoveOut, id, 'MOVE_OUT_NOT_FOUND');
}

/**
 * Decision 0236: the damages become one charge request, and what the deposits do not cover one bill,
 * which must stay an amount a payment can be made of.
 */
function assertDamagesPayable(damages: RecordMoveOutInspectionV1['damages']): void {
  const totalFen = damages.reduce((sum, d) => sum + d.amountFen, 0);
  if (totalFen <= MAX_FEN) return;
  const message = `损坏赔偿合计不能超过 ${MAX_FEN / 100} 元`;
  throw new DomainError('AMOUNT_TOO_LARGE', message, {
    field: 'damages',
    errors: [{ field: 'damages', message }],
    totalFen,
    maxFen: MAX_FEN,
  });
}
