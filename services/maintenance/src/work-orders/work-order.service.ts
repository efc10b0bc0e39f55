import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import {
  ApproveWorkOrder,
  CancelWorkOrder,
  CertifySettlement,
  CheckWorkOrder,
  ConfirmSettlement,
  CreateWorkOrder,
  DispatchWorkOrder,
  DomainError,
  ExtendWorkOrder,
  FinishWork,
  MAX_FEN,
  RecordWork,
  RecordWorkOrderArrival,
  RecordWorkOrderReturnVisit,
  RetryFundDraw,
  ReturnWorkOrder,
  ReviewSettlement,
  SetPaidServicePrice,
  SettlementCertified,
  SignOffWorkOrder,
  SubmitSettlement,
  WorkOrderAction,
  WorkOrderCompleted,
  WorkOrderStatus,
  type CommandDefinition,
  type CreateWorkOrderV1,
  type GetMaintenanceHistoryV1,
  type GetTechnicianScoresV1,
  type GetWorkOrderV1,
  type ListPaidServicePricesV1,
  type ListWorkOrdersV1,
  type MaintenanceHistoryView,
  type Page,
  type PaidServicePriceListView,
  type PaidServicePriceView,
  type ReturnWorkOrderV1,
  type SetPaidServicePriceV1,
  type TechnicianScoresView,
  type WorkOrderAction as Action,
  type WorkOrderView,
} from '@pcs/contracts';
import {
  archiveRecord,
  ResidentPreference,
  CallContext,
  Clock,
  CommunityTimeZones,
  CompanyCalendars,
  lockRecord,
  newId,
  nextRecordNumber,
  Outbox,
  pageQuery,
  pageWindow,
  runCommand,
  toPage,
} from '@pcs/platform';
import { historyOf, plainChanges } from '../history/history.js';
import { refuseUnannounced } from '../replicas/known-community.js';
import { periodOf, scoresOf } from '../scores/scores.js';
import { RepairRequest } from '../repair-requests/repair-request.entity.js';
import { UnitReplica } from '../replicas/unit-replica.entity.js';
import { lockRequest, RepairRequestService } from '../repair-requests/repair-request.service.js';
import { REPAIR_REQUEST_RECORD } from '../repair-requests/repair-request.view.js';
import { teamForDispatch } from '../teams/repair-team.service.js';
import { approvalChain, orderEstimate, stepToReturn } from './approval.rules.js';
import { completionDueAt } from './completion-deadline.js';
import { PaidServicePrice } from './paid-service-price.entity.js';
import { decide, qualityDeductionFen, type Decision, type WorkOrderCommand } from './work-order.rules.js';
import { WorkOrder, type PricedLine } from './work-order.entity.js';
import { WORK_ORDER_RECORD, workOrderView } from './work-order.view.js';
import { BEFORE_CHECK } from './work-order.state.js';

/** The bus command of each action, whose subject binds its idempotency keys. */
const ACTION_COMMANDS: Readonly<Record<Action, CommandDefinition<object, WorkOrderView>>> = {
  approve: ApproveWorkOrder,
  dispatch: DispatchWorkOrder,
  arrive: RecordWorkOrderArrival,
  'record-work': RecordWork,
  finish: FinishWork,
  check: CheckWorkOrder,
  'sign-off': SignOffWorkOrder,
  extend: ExtendWorkOrder,
  'submit-settlement': SubmitSettlement,
  'review-settlement': ReviewSettlement,
  'confirm-settlement': ConfirmSettlement,
  'certify-settlement': CertifySettlement,
  cancel: CancelWorkOrder,
  'retry-fund-draw': RetryFundDraw,
  'return-visit': RecordWorkOrderReturnVisit,
} as Record<Action, CommandDefinition<object, WorkOrderView>>;

const HISTORY_LABELS: Record<string, string> = {
  create: '开具派工单',
  redispatch: '改派',
  return: '审批退回',
  'fund-drawn': '周转金已支付',
  'fund-refused': '周转金不足，支付被拒',
  'return-visit-due': '待回访',
  'return-visit-exempt': '免回访',
};

/** MNT-4 … MNT-9: work orders, from opening to settlement. */
@Injectable()
export class WorkOrderService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    private readonly calendars: CompanyCalendars,
    private readonly communities: CommunityTimeZones,
    private readonly clock: Clock,
    private readonly requests: RepairRequestService,
  ) {}

  /** MNT-4, MNT-5, MNT-6: the work order of a surveyed request, its type, price, chain and deadline. */
  create(command: CreateWorkOrderV1): Promise<WorkOrderView> {
    return runCommand(this.em, CreateWorkOrder, command, {
      load: (em) => lockRequest(em, command.repairRequestId),
      change: async (em, request) => {
        const actor = CallContext.actor();
        const now = this.clock.now();
        const survey = request.survey;
        if (request.progress !== 'surveyed' || !survey || request.workOrderId) {
          throw new DomainError('INVALID_STATE_TRANSITION', '报修单须已勘察且尚无派工单，才能开具派工单', {
            status: request.progress,
            action: 'create-work-order',
          });
        }
        if (!survey.workOrderType) {
          throw new DomainError('BUSINESS_RULE_VIOLATED', '责任方为外部单位，不开具派工单', {
            field: 'repairRequestId',
          });
        }
        const type = survey.workOrderType;
        // BIL-7: a paid service is billed to the unit; a request without one has nobody to bill (0262).
        if (type === 'c' && !request.unitId) {
          throw DomainError.onField(
            'BUSINESS_RULE_VIOLATED',
            'repairRequestId',
            '报修未关联房屋单元，有偿维修（C类）无从开账',
          );
        }
        // Decision 0273: a unit taken on trust at registration (0210) must be known by now, or the
        // charge would be billed on a unit nobody has (BIL-7).
        if (type === 'c' && request.unitId) await assertUnitOnFile(em, request.unitId);
        const lines = await this.pricedLines(em, request.companyId, type, command);
        const chargeableFen = lines.reduce((sum, l) => sum + l.quantity * l.unitPriceFen, 0);
        // Decision 0261 (as 0204 for bills): a charge no bill can carry is refused, nothing opened.
        if (chargeableFen > MAX_FEN) {
          const message = `paidServices total ${chargeableFen} fen exceeds the largest amount, ${MAX_FEN} fen`;
          throw new DomainError('AMOUNT_TOO_LARGE', '有偿服务合计金额超过系统允许的上限', {
            field: 'paidServices',
            errors: [{ field: 'paidServices', message }],
            maxFen: MAX_FEN,
          });
        }
        const estimateFen = orderEstimate(survey.estimateFen, command.estimateFen);
        const timeZone = await this.communities.timeZoneOf(em, request.companyId, request.communityId);
        const calendar = await this.calendars.forCompany(em, request.companyId, timeZone);
        const { number } = await nextRecordNumber(em, {
          companyId: request.companyId,
          communityId: request.communityId,
          record: 'work-order',
          at: now,
          timeZone,
        });
        const order = em.create(WorkOrder, {
          id: newId(),
          number,
          companyId: request.companyId,
          communityId: request.communityId,
          repairRequestId: request.id,
          repairRequestNumber: request.number,
          unitId: request.unitId ?? null,
          personId: request.personId ?? null,
          type,
          status: 'awaiting-approval',
          description: command.description,
          estimateFen,
          paidServices: lines,
          chargeableFen,
          approvals: approvalChain(estimateFen).map((step) => ({ step })),
          requestedById: actor.sub,
          requestedByName: actor.name,
          contractorId: survey.contractorId ?? null,
          contractorName: survey.contractorName ?? null,
          dueAt: completionDueAt(new Date(survey.surveyedAt), request.trades, calendar),
          work: [],
          checks: [],
          fundDraw: 'not-needed',
          returnVisitStatus: 'not-due',
          createdAt: now,
          updatedAt: now,
          version: 1,
        });
        request.workOrderId = order.id;
        request.updatedAt = now;
        archiveRecord(em, WORK_ORDER_RECORD, order, {
          action: 'create',
          changes: plainChanges({ number, type, estimateFen, chargeableFen, dueAt: order.dueAt }),
          at: now,
        });
        archiveRecord(em, REPAIR_REQUEST_RECORD, request, {
          action: 'work-order',
          changes: { workOrderId: order.id, workOrderNumber: number, type },
          at: now,
        });
        return order;
      },
      view: (_, o) => workOrderView(o, this.clock.now()),
    });
  }

  /**
   * MNT-6 (decision 0324): the approver of the step due sends the estimate back with the reason; the
   * order is closed as `returned` and its request is surveyed again, so a new estimate (and a new
   * order, with the chain its amount needs) can follow.
   */
  returnForEstimate(command: ReturnWorkOrderV1): Promise<WorkOrderView> {
    return runCommand(this.em, ReturnWorkOrder, command, {
      load: (em) => lockRecord(em, WorkOrder, command.workOrderId, 'WORK_ORDER_NOT_FOUND'),
      change: async (em, order) => {
        if (order.status !== 'awaiting-approval') {
          throw new DomainError(
            'INVALID_STATE_TRANSITION',
            `派工单当前状态为“${WorkOrderStatus.label(order.status)}”，不能审批退回`,
            { status: order.status, statusLabel: WorkOrderStatus.label(order.status), action: 'return' },
          );
        }
        const now = this.clock.now();
        const step = stepToReturn(order.approvals, CallContext.actor(), order.requestedById, now);
        Object.assign(order, { status: 'returned', cancelledAt: now, updatedAt: now });
        archiveRecord(em, WORK_ORDER_RECORD, order, {
          action: 'return',
          changes: { from: 'awaiting-approval', status: 'returned', step },
          reason: command.reason,
          at: now,
        });
        const request = await lockRequest(em, order.repairRequestId);
        await this.requests.resurvey(em, request, now, order, command.reason);
        return order;
      },
      view: (_, o) => workOrderView(o, this.clock.now()),
    });
  }

  /** MNT-4: type C is priced from the company's list; A and B carry no charge. */
  private async pricedLines(
    em: EntityManager,
    companyId: string,
    type: string,
    command: CreateWorkOrderV1,
  ): Promise<PricedLine[]> {
    const lines = command.paidServices ?? [];
    if (type !== 'c') {
      if (lines.length) {
        throw DomainError.validation([{ field: 'paidServices', message: 'only a type-C order is priced' }]);
      }
      return [];
    }
    if (!lines.length) {
      throw DomainError.validation([
        { field: 'paidServices', message: 'a type-C order needs at least one item of the price list' },
      ]);
    }
    const prices = await em.find(
      PaidServicePrice,
      { companyId, code: { $in: lines.map((l) => l.code) } },
      { filters: false },
    );
    return lines.map((l, i) => {
      const price = prices.find((p) => p.code === l.code);
      if (!price) {
        throw DomainError.validation([
          { field: `paidServices[${i}].code`, message: `${l.code} is not on the price list` },
        ]);
      }
      return {
        code: l.code,
        name: price.name,
        unit: price.unit,
        quantity: l.quantity,
        unitPriceFen: price.priceFen,
      };
    });
  }

  /**
   * Every action on a work order, one way: lock it, let the pure rules decide, apply the decision,
   * archive it (GEN-3), move the repair request on and publish what follows, in one idempotent
   * transaction.
   */
  take<P extends { workOrderId: string; note?: string }>(
    action: Action,
    payload: P,
    toCommand: (payload: P) => WorkOrderCommand,
  ): Promise<WorkOrderView> {
    return runCommand(this.em, ACTION_COMMANDS[action] as CommandDefinition<P, WorkOrderView>, payload, {
      load: (em) => lockRecord(em, WorkOrder, payload.workOrderId, 'WORK_ORDER_NOT_FOUND'),
      change: async (em, order) => {
        const now = this.clock.now();
        if (action === 'return-visit') await refuseVisitIfRefused(em, order);
        const command = await withDirectoryTeam(em, order, toCommand(payload));
        const decision = decide(order, command, CallContext.actor(), now);
        await this.apply(em, order, action, decision, now, payload.note);
        return order;
      },
      view: (_, o) => workOrderView(o, this.clock.now()),
    });
  }

  private async apply(
    em: EntityManager,
    order: WorkOrder,
    action: Action,
    decision: Decision,
    now: Date,
    note?: string,
  ): Promise<void> {
    const from = order.status;
    const extra: Record<string, unknown> = {};
    // MNT-7 (decision 0323): a re-dispatch keeps whom the order was taken from.
    const previous = decision.archivedAs
      ? {
          previous: plainChanges({
            executor: order.executor,
            teamId: order.teamId,
            teamName: order.teamName,
            technicianId: order.technicianId,
            technicianName: order.technicianName,
            contractorName: order.contractorName,
          }),
        }
      : {};
    // MNT-9: one settlement per order, its id chosen once, so that billing applies it once.
    if (action === 'submit-settlement') extra['settlementId'] = order.settlementId ?? newId();
    // MNT-13: the in-house team is paid from its revolving fund, by one draw id (decision 0093).
    if (decision.settled && order.executor === 'team') {
      extra['fundDraw'] = 'pending';
      extra['fundDrawId'] = newId();
    }
    Object.assign(order, decision.changes, extra, { updatedAt: now });
    archiveRecord(em, WORK_ORDER_RECORD, order, {
      action: decision.archivedAs?.action ?? action,
      changes: { ...plainChanges({ from, ...decision.changes, ...extra }), ...previous },
      reason: decision.archivedAs?.reason ?? note,
      at: now,
    });
    if (decision.progress) {
      const request = await lockRequest(em, order.repairRequestId);
      request.progress = decision.progress;
      request.updatedAt = now;
      if (decision.reopensRequest) request.workOrderId = null;
      archiveRecord(em, REPAIR_REQUEST_RECORD, request, {
        action: decision.reopensRequest ? 'work-order-cancelled' : 'progress',
        changes: {
          progress: decision.progress,
          workOrderNumber: order.number,
          ...(decision.reopensRequest ? { workOrderId: null, cancelledWorkOrderId: order.id } : {}),
        },
        reason: note,
        at: now,
      });
      // CMP-2: the complaint hears where the repair stands again, not that it was cancelled.
      const told = decision.reopensRequest
        ? `派工单${order.number}已取消，待重新开具派工单${note ? `：${note}` : ''}`
        : note;
      await this.requests.progressed(em, request, decision.progress, now, told);
    }
    if (decision.completed) {
      await this.scheduleReturnVisit(em, order, now);
      await this.publishCompleted(em, order, now);
    }
    if (decision.settled) await this.publishSettled(em, order, now);
  }

  /**
   * MNT-10, RES-7: the return visit is due 1 working day after completion, unless the resident refused
   * return visits or left no way to be reached: then it is exempt, recorded with the reason.
   */
  private async scheduleReturnVisit(em: EntityManager, order: WorkOrder, now: Date): Promise<void> {
    const request = await em.findOneOrFail(RepairRequest, { id: order.repairRequestId }, { filters: false });
    const preference = request.personId
      ? await em.findOne(
          ResidentPreference,
          { companyId: order.companyId, personId: request.personId },
          { filters: false },
        )
      : null;
    const exemption = preference?.refuseReturnVisits
      ? 'refused-visits'
      : !request.personId && !request.contactPhone && !request.reachableThroughComplaint
        ? 'anonymous'
        : undefined;
    // RES-7 (decision 0325): whoever makes the visit sees the channel the resident prefers.
    order.returnVisitChannel = preference?.preferredChannel ?? null;
    if (exemption) {
      Object.assign(order, { returnVisitStatus: 'exempt', returnVisitExemption: exemption });
    } else {
      const timeZone = await this.communities.timeZoneOf(em, order.companyId, order.communityId);
      const calendar = await this.calendars.forCompany(em, order.companyId, timeZone);
      Object.assign(order, { returnVisitStatus: 'due', returnVisitDueAt: calendar.addWorkingDays(now, 1) });
    }
    archiveRecord(em, WORK_ORDER_RECORD, order, {
      action: exemption ? 'return-visit-exempt' : 'return-visit-due',
      changes: plainChanges({
        returnVisitStatus: order.returnVisitStatus,
        ...(exemption ? { returnVisitExemption: exemption } : { returnVisitDueAt: order.returnVisitDueAt }),
        ...(preference ? { preferredChannel: preference.preferredChannel } : {}),
      }),
      at: now,
    });
  }

  /** MNT-8, BIL-7: one event per order (the transition happens once); type C carries its charge. */
  private async publishCompleted(em: EntityManager, order: WorkOrder, now: Date): Promise<void> {
    const request = await em.findOneOrFail(RepairRequest, { id: order.repairRequestId }, { filters: false });
    await this.outbox.stage(em, WorkOrderCompleted, {
      aggregateId: order.id,
      companyId: order.companyId,
      communityId: order.communityId,
      time: now,
      data: {
        workOrderId: order.id,
        number: order.number,
        repairRequestId: order.repairRequestId,
        communityId: order.communityId,
        ...(order.unitId ? { unitId: order.unitId } : {}),
        ...(order.personId ? { payerPersonId: order.personId } : {}),
        type: order.type,
        chargeableFen: order.type === 'c' ? order.chargeableFen : 0,
        description: `${order.description}（${request.number}）`.slice(0, 200),
        completedAt: now.toISOString(),
      },
    });
  }

  /**
   * MNT-9, BIL-10: the settlement is final; the type-A cost of work another party did for the liable
   * contractor is deducted from its deposit, never that of its own repair (decision 0357).
   */
  private async publishSettled(em: EntityManager, order: WorkOrder, now: Date): Promise<void> {
    const settledFen = order.settledFen ?? 0;
    const settlementId = order.settlementId;
    if (!settlementId) throw new Error(`work order ${order.id} is certified without a settlement`);
    // The liable contractor is the survey's; a dispatch to a contractor renames the order's.
    const request = await em.findOneOrFail(RepairRequest, { id: order.repairRequestId }, { filters: false });
    const liableName = request.survey?.contractorName ?? order.contractorName;
    await this.outbox.stage(em, SettlementCertified, {
      aggregateId: order.id,
      companyId: order.companyId,
      communityId: order.communityId,
      time: now,
      data: {
        settlementId,
        workOrderId: order.id,
        workOrderNumber: order.number,
        type: order.type,
        communityId: order.communityId,
        settledFen,
        ...(order.contractorId ? { contractorId: order.contractorId } : {}),
        ...(liableName ? { contractorName: liableName } : {}),
        deductionFen: qualityDeductionFen(
          { type: order.type, executor: order.executor, contractorName: order.contractorName, settledFen },
          liableName,
        ),
        certifiedAt: now.toISOString(),
      },
    });
  }

  async get(query: GetWorkOrderV1): Promise<WorkOrderView> {
    // Refreshed: the fund draw may have moved on in another unit of work since this one read it.
    const order = await this.em.findOne(WorkOrder, { id: query.id }, { refresh: true });
    if (!order) throw DomainError.notFound('WORK_ORDER_NOT_FOUND');
    return workOrderView(order, this.clock.now());
  }

  async list(query: ListWorkOrdersV1): Promise<Page<WorkOrderView>> {
    const window = pageWindow(query);
    const page = pageQuery(window, 'desc');
    const where: FilterQuery<WorkOrder> = { ...page.where };
    if (query.communityId) await refuseUnannounced(this.em, query.communityId);
    if (query.communityId) where.communityId = query.communityId;
    if (query.status) where.status = query.status;
    // MNT-7: a technician's own queue.
    if (query.mine === 'true') where.technicianId = CallContext.actor().sub;
    const now = this.clock.now();
    const filters: FilterQuery<WorkOrder>[] = [where];
    // MNT-5: late while the work is unchecked; the same test as the view's `overdue`.
    const late = { status: { $in: [...BEFORE_CHECK] }, dueAt: { $lt: now } };
    if (query.overdue === 'true') filters.push(late);
    if (query.overdue === 'false') filters.push({ $not: late });
    // MNT-10: the return visits still to be made, and those of them past their working day.
    if (query.returnVisit) filters.push({ returnVisitStatus: 'due' });
    if (query.returnVisit === 'overdue') filters.push({ returnVisitDueAt: { $lt: now } });
    const rows = await this.em.find(WorkOrder, { $and: filters }, page.options);
    return toPage(rows, window, (shown) => shown.map((o) => workOrderView(o, now)));
  }

  async history(query: GetMaintenanceHistoryV1): Promise<MaintenanceHistoryView> {
    const order = await this.em.findOne(WorkOrder, { id: query.id });
    if (!order) throw DomainError.notFound('WORK_ORDER_NOT_FOUND');
    return historyOf(this.em, WORK_ORDER_RECORD, order.id, (a) =>
      WorkOrderAction.is(a) ? WorkOrderAction.label(a) : (HISTORY_LABELS[a] ?? a),
    );
  }

  /** MNT-11: scores from the orders completed in the period (sign-off and return-visit opinions). */
  async scores(query: GetTechnicianScoresV1): Promise<TechnicianScoresView> {
    const { from, to } = periodOf(query.year, query.quarter);
    const where: FilterQuery<WorkOrder> = { completedAt: { $gte: from, $lt: to } };
    if (query.communityId) where.communityId = query.communityId;
    const rows = await this.em.find(WorkOrder, where, { orderBy: { id: 'asc' } });
    const orders = rows.map((o) => ({
      technicianId: o.technicianId,
      technicianName: o.technicianName,
      teamId: o.teamId,
      teamName: o.teamName,
      opinions: [o.satisfaction, o.returnVisitSatisfaction],
    }));
    return {
      year: query.year,
      ...(query.quarter ? { quarter: query.quarter } : {}),
      technicians: scoresOf(orders, 'technician'),
      teams: scoresOf(orders, 'team'),
    };
  }

  /** MNT-4: an item of the company's paid-service price list. */
  setPrice(command: SetPaidServicePriceV1): Promise<PaidServicePriceView> {
    const actor = CallContext.actor();
    return runCommand(this.em, SetPaidServicePrice, command, {
      change: async (em) => {
        await em.execute(
          `insert into paid_service_price (company_id, code, name, unit, price_fen, updated_at)
           values (?, ?, ?, ?, ?, ?)
           on conflict (company_id, code) do update
             set name = excluded.name, unit = excluded.unit, price_fen = excluded.price_fen,
                 updated_at = excluded.updated_at`,
          [actor.companyId, command.code, command.name, command.unit, command.priceFen, this.clock.now()],
        );
        return command;
      },
      view: (_, c) => priceView(c),
    });
  }

  async prices(query: ListPaidServicePricesV1): Promise<PaidServicePriceListView> {
    const rows = await this.em.find(PaidServicePrice, query.code ? { code: query.code } : {}, {
      orderBy: { code: 'asc' },
    });
    return { items: rows.map(priceView) };
  }
}

/**
 * RES-7, MNT-10: a resident who refused return visits since the order was completed is not visited,
 * even in the moment before the refusal's event has exempted the order (decision 0212).
 */
async function refuseVisitIfRefused(em: EntityManager, order: WorkOrder): Promise<void> {
  if (!order.personId || order.returnVisitStatus !== 'due') return;
  const preference = await em.findOne(
    ResidentPreference,
    { companyId: order.companyId, personId: order.personId },
    { filters: false },
  );
  if (preference?.refuseReturnVisits) {
    throw new DomainError('INVALID_STATE_TRANSITION', '客户已拒绝回访，不能回访', {
      returnVisitExemption: 'refused-visits',
      action: 'return-visit',
    });
  }
}

/**
 * MNT-7, MNT-13 (decision 0330): an order goes to a team of the company's directory only, and carries
 * the directory's name of it; a made-up id would open a new revolving fund at billing (decision 0104).
 */
async function withDirectoryTeam(
  em: EntityManager,
  order: WorkOrder,
  command: WorkOrderCommand,
): Promise<WorkOrderCommand> {
  if (command.action !== 'dispatch' || command.executor !== 'team') return command;
  const team = await teamForDispatch(em, order, command.teamId, command.teamName);
  return { ...command, teamId: team.id, teamName: team.name };
}

/**
 * BIL-7 (decision 0273): a paid service is charged to a unit residents has described to maintenance.
 * One the replica still does not know (a mistyped or made-up id taken on trust at registration) is
 * refused, 422 naming `unitId`; the request can be cancelled and registered again for the right unit.
 */
async function assertUnitOnFile(em: EntityManager, unitId: string): Promise<void> {
  const unit = await em.findOne(UnitReplica, { unitId }, { filters: false });
  if (!unit) {
    throw DomainError.onField(
      'BUSINESS_RULE_VIOLATED',
      'unitId',
      '报修的房屋单元不在房屋档案中，不能开具有偿维修（C类）派工单',
    );
  }
}

/** MNT-4: a price-list item with its price as people read it. */
function priceView(p: { code: string; name: string; unit: string; priceFen: number }): PaidServicePriceView {
  const yuan = `${Math.floor(p.priceFen / 100)}.${String(p.priceFen % 100).padStart(2, '0')}`;
  return {
    code: p.code,
    name: p.name,
    unit: p.unit,
    priceFen: p.priceFen,
    priceLabel: `${yuan}元/${p.unit}`,
  };
}
