import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CancelWorkOrderV1,
  CheckWorkOrderV1,
  ConfirmSettlementV1,
  CreateWorkOrderV1,
  DispatchWorkOrderV1,
  ExtendWorkOrderV1,
  GetMaintenanceHistoryV1,
  GetWorkOrderV1,
  GetTechnicianScoresV1,
  ListPaidServicePricesV1,
  ListWorkOrdersV1,
  MaintenanceBus,
  RecordArrivalV1,
  RecordWorkV1,
  RecordWorkOrderReturnVisitV1,
  ReturnWorkOrderV1,
  ReviewSettlementV1,
  SetPaidServicePriceV1,
  SignOffWorkOrderV1,
  SubmitSettlementV1,
  WorkOrderActionV1,
  type MaintenanceHistoryView,
  type Page,
  type PaidServicePriceListView,
  type PaidServicePriceView,
  type TechnicianScoresView,
  type WorkOrderView,
} from '@pcs/contracts';
import { FundDraws } from './fund-draws.js';
import { WorkOrderService } from './work-order.service.js';

const C = MaintenanceBus.commands;
const Q = MaintenanceBus.queries;

/** Work orders on the bus (MNT-4 … MNT-9, MNT-13). */
@Controller()
export class WorkOrdersNatsController {
  constructor(
    private readonly orders: WorkOrderService,
    private readonly draws: FundDraws,
  ) {}

  @MessagePattern(C.createWorkOrder)
  create(@Payload() c: CreateWorkOrderV1): Promise<WorkOrderView> {
    return this.orders.create(c);
  }

  @MessagePattern(C.approveWorkOrder)
  approve(@Payload() c: WorkOrderActionV1): Promise<WorkOrderView> {
    return this.orders.take('approve', c, () => ({ action: 'approve' }));
  }

  @MessagePattern(C.dispatchWorkOrder)
  dispatch(@Payload() c: DispatchWorkOrderV1): Promise<WorkOrderView> {
    return this.orders.take('dispatch', c, () => ({
      action: 'dispatch',
      executor: c.executor,
      ...(c.teamId ? { teamId: c.teamId } : {}),
      ...(c.teamName ? { teamName: c.teamName } : {}),
      ...(c.technician ? { technician: { staffId: c.technician.staffId, name: c.technician.name } } : {}),
      ...(c.contractorName ? { contractorName: c.contractorName } : {}),
      ...(c.reason ? { reason: c.reason } : {}),
    }));
  }

  @MessagePattern(C.recordArrival)
  arrive(@Payload() c: RecordArrivalV1): Promise<WorkOrderView> {
    return this.orders.take('arrive', c, () => ({ action: 'arrive', arrivedAt: new Date(c.arrivedAt) }));
  }

  @MessagePattern(C.recordWork)
  recordWork(@Payload() c: RecordWorkV1): Promise<WorkOrderView> {
    return this.orders.take('record-work', c, () => ({
      action: 'record-work',
      workDone: c.workDone,
      materials: (c.materials ?? []).map((m) => ({
        name: m.name,
        quantity: m.quantity,
        unit: m.unit,
        costFen: m.costFen,
      })),
      photos: c.photos ?? [],
    }));
  }

  @MessagePattern(C.finishWork)
  finish(@Payload() c: WorkOrderActionV1): Promise<WorkOrderView> {
    return this.orders.take('finish', c, () => ({ action: 'finish' }));
  }

  @MessagePattern(C.checkWorkOrder)
  check(@Payload() c: CheckWorkOrderV1): Promise<WorkOrderView> {
    return this.orders.take('check', c, () => ({
      action: 'check',
      passed: c.passed,
      inspectors: c.inspectors,
      ...(c.itemsToFix ? { itemsToFix: c.itemsToFix } : {}),
    }));
  }

  @MessagePattern(C.signOffWorkOrder)
  signOff(@Payload() c: SignOffWorkOrderV1): Promise<WorkOrderView> {
    return this.orders.take('sign-off', c, () => ({
      action: 'sign-off',
      customerName: c.customerName,
      satisfaction: c.satisfaction,
      ...(c.opinion ? { opinion: c.opinion } : {}),
    }));
  }

  @MessagePattern(C.extendWorkOrder)
  extend(@Payload() c: ExtendWorkOrderV1): Promise<WorkOrderView> {
    return this.orders.take('extend', c, () => ({
      action: 'extend',
      until: new Date(c.until),
      consent: {
        customerName: c.consent.customerName,
        consentedAt: c.consent.consentedAt,
        record: c.consent.record,
      },
    }));
  }

  @MessagePattern(C.submitSettlement)
  submitSettlement(@Payload() c: SubmitSettlementV1): Promise<WorkOrderView> {
    return this.orders.take('submit-settlement', c, () => ({
      action: 'submit-settlement',
      finalAccountFen: c.finalAccountFen,
    }));
  }

  @MessagePattern(C.reviewSettlement)
  async reviewSettlement(@Payload() c: ReviewSettlementV1): Promise<WorkOrderView> {
    await this.orders.take('review-settlement', c, () => ({
      action: 'review-settlement',
      settledFen: c.settledFen,
    }));
    return this.payTeam(c.workOrderId);
  }

  @MessagePattern(C.confirmSettlement)
  confirmSettlement(@Payload() c: ConfirmSettlementV1): Promise<WorkOrderView> {
    return this.orders.take('confirm-settlement', c, () => ({
      action: 'confirm-settlement',
      contractorSignatory: c.contractorSignatory,
    }));
  }

  @MessagePattern(C.certifySettlement)
  async certifySettlement(@Payload() c: WorkOrderActionV1): Promise<WorkOrderView> {
    await this.orders.take('certify-settlement', c, () => ({ action: 'certify-settlement' }));
    return this.payTeam(c.workOrderId);
  }

  @MessagePattern(C.retryFundDraw)
  async retryFundDraw(@Payload() c: WorkOrderActionV1): Promise<WorkOrderView> {
    await this.orders.take('retry-fund-draw', c, () => ({ action: 'retry-fund-draw' }));
    return this.payTeam(c.workOrderId);
  }

  @MessagePattern(C.recordReturnVisit)
  returnVisit(@Payload() c: RecordWorkOrderReturnVisitV1): Promise<WorkOrderView> {
    return this.orders.take('return-visit', c, () => ({
      action: 'return-visit',
      method: c.method,
      satisfaction: c.satisfaction,
      ...(c.comments ? { comments: c.comments } : {}),
    }));
  }

  @MessagePattern(C.returnWorkOrder)
  returnForEstimate(@Payload() c: ReturnWorkOrderV1): Promise<WorkOrderView> {
    return this.orders.returnForEstimate(c);
  }

  @MessagePattern(C.cancelWorkOrder)
  cancel(@Payload() c: CancelWorkOrderV1): Promise<WorkOrderView> {
    return this.orders.take('cancel', { workOrderId: c.workOrderId, note: c.reason }, () => ({
      action: 'cancel',
    }));
  }

  @MessagePattern(C.setPaidServicePrice)
  setPrice(@Payload() c: SetPaidServicePriceV1): Promise<PaidServicePriceView> {
    return this.orders.setPrice(c);
  }

  @MessagePattern(Q.listPaidServicePrices)
  prices(@Payload() q: ListPaidServicePricesV1): Promise<PaidServicePriceListView> {
    return this.orders.prices(q);
  }

  @MessagePattern(Q.technicianScores)
  scores(@Payload() q: GetTechnicianScoresV1): Promise<TechnicianScoresView> {
    return this.orders.scores(q);
  }

  @MessagePattern(Q.getWorkOrder)
  get(@Payload() q: GetWorkOrderV1): Promise<WorkOrderView> {
    return this.orders.get(q);
  }

  @MessagePattern(Q.listWorkOrders)
  list(@Payload() q: ListWorkOrdersV1): Promise<Page<WorkOrderView>> {
    return this.orders.list(q);
  }

  @MessagePattern(Q.workOrderHistory)
  history(@Payload() q: GetMaintenanceHistoryV1): Promise<MaintenanceHistoryView> {
    return this.orders.history(q);
  }

  /**
   * MNT-13: once settled (the commit is done), the team is paid from its revolving fund; the reply
   * shows where the draw stands: `drawn`, `refused`, or `pending` while billing cannot answer.
   */
  private async payTeam(workOrderId: string): Promise<WorkOrderView> {
    await this.draws.attempt(workOrderId);
    return this.orders.get({ id: workOrderId });
  }
}
