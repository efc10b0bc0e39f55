import { applyDecorators, Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import {
  ApprovalReturnDetailsV1,
  ApproveWorkOrder,
  ArrivalDetailsV1,
  CancellationDetailsV1,
  CancelWorkOrder,
  CertifySettlement,
  CheckWorkOrder,
  CompletionCheckDetailsV1,
  ConfirmSettlement,
  ContractorConfirmationDetailsV1,
  CreateWorkOrder,
  CreateWorkOrderV1,
  DispatchDetailsV1,
  DispatchWorkOrder,
  ExtendWorkOrder,
  ExtensionDetailsV1,
  FinalAccountDetailsV1,
  FinishWork,
  GetWorkOrder,
  GetTechnicianScores,
  GetTechnicianScoresV1,
  GetWorkOrderHistory,
  ListPaidServicePrices,
  ListPaidServicePricesV1,
  ListWorkOrders,
  ListWorkOrdersV1,
  MaintenanceHistoryView,
  PaidServicePriceListView,
  PaidServicePriceView,
  RecordWork,
  RecordWorkOrderArrival,
  RecordWorkOrderReturnVisit,
  RetryFundDraw,
  ReturnWorkOrder,
  ReviewSettlement,
  SetPaidServicePrice,
  SetPaidServicePriceV1,
  SettlementReviewDetailsV1,
  SignOffDetailsV1,
  SignOffWorkOrder,
  SubmitSettlement,
  TechnicianScoresView,
  WorkDoneDetailsV1,
  WorkOrderNoteV1,
  WorkOrderReturnVisitV1,
  WorkOrderView,
  type Page,
} from '@pcs/contracts';
import { BusClient } from '@pcs/platform';
import { RequiresPermission } from '../auth/permission.decorator.js';
import { IdParam } from '../http/id-param.js';
import {
  ApiBadInput,
  ApiCreates,
  ApiIdempotent,
  ApiIdPath,
  ApiJsonBody,
  ApiNotFound,
  ApiOk,
  ApiPage,
  ApiProblem,
  ApiQueryOf,
  ApiRefused,
  ApiServedBy,
} from '../openapi/operations.js';
import { ApiTag } from '../openapi/tags.js';

const NOT_FOUND = "No such work order in the caller's communities";
/** Decision 0322: the order's steps on site are recorded by its technician or a repair lead. */
const ON_SITE_RULE = 'the order was dispatched to another technician (only they or a repair lead record it)';

/** What every action on a work order shares: the path id, its body, the updated order, the problems. */
const ApiOrderAction = (body: Parameters<typeof ApiJsonBody>[0], refused?: string): MethodDecorator =>
  applyDecorators(
    HttpCode(200),
    ApiIdPath('The work order'),
    ApiJsonBody(body),
    ApiOk(WorkOrderView),
    ApiBadInput(),
    ApiNotFound(NOT_FOUND),
    ApiIdempotent("INVALID_STATE_TRANSITION: the order's type or status does not allow the action"),
    ...(refused ? [ApiRefused(refused)] : []),
  );

/** The role a step or review needs is checked by maintenance: a 403 names it (MNT-6, MNT-9). */
const ApiRoleRule = (rule: string): MethodDecorator => ApiProblem(403, `FORBIDDEN: ${rule}`);

/**
 * MNT-4 … MNT-9, MNT-13: work orders (工程派工单). One explicit route per action,
 * `POST /work-orders/{id}/{action}`, each with its permission and body; an action without input
 * takes `{}` (or an optional `note` for the history).
 */
@ApiTag('maintenance')
@ApiServedBy('maintenance')
@Controller('api/v1/work-orders')
export class WorkOrdersHttpController {
  constructor(private readonly bus: BusClient) {}

  @Post()
  @HttpCode(201)
  @RequiresPermission('maintenance.work-order.create')
  @ApiOperation({
    summary:
      '开具派工单 Open the work order of a surveyed request: type from the survey, price list for type C, approval chain by amount, completion deadline (MNT-4, MNT-5, MNT-6)',
  })
  @ApiJsonBody(CreateWorkOrderV1)
  @ApiCreates(WorkOrderView, 'INVALID_STATE_TRANSITION: the request is not surveyed or has an order')
  @ApiBadInput()
  @ApiNotFound("No such repair request in the caller's communities")
  @ApiRefused('BUSINESS_RULE_VIOLATED: an outside body is responsible; no work order')
  createWorkOrder(@Body() body: CreateWorkOrderV1): Promise<WorkOrderView> {
    return this.bus.request(CreateWorkOrder, body);
  }

  @Get()
  @RequiresPermission('maintenance.read')
  @ApiOperation({
    summary: '派工单列表 Work orders, newest first; `mine=true` is a technician’s own queue (MNT-7)',
  })
  @ApiQueryOf(ListWorkOrdersV1)
  @ApiPage(WorkOrderView)
  @ApiBadInput()
  listWorkOrders(@Query() query: ListWorkOrdersV1): Promise<Page<WorkOrderView>> {
    return this.bus.request(ListWorkOrders, query);
  }

  @Get(':id')
  @RequiresPermission('maintenance.read')
  @ApiOperation({ summary: '查看派工单 Read a work order with its approvals, work, checks and settlement' })
  @ApiIdPath('The work order')
  @ApiOk(WorkOrderView)
  @ApiBadInput()
  @ApiNotFound(NOT_FOUND)
  getWorkOrder(@Param() p: IdParam): Promise<WorkOrderView> {
    return this.bus.request(GetWorkOrder, { id: p.id });
  }

  @Get(':id/history')
  @RequiresPermission('maintenance.read')
  @ApiOperation({ summary: '派工单记录 Every change of a work order: who, when, what and why (GEN-3)' })
  @ApiIdPath('The work order')
  @ApiOk(MaintenanceHistoryView)
  @ApiBadInput()
  @ApiNotFound(NOT_FOUND)
  getWorkOrderHistory(@Param() p: IdParam): Promise<MaintenanceHistoryView> {
    return this.bus.request(GetWorkOrderHistory, { id: p.id });
  }

  @Post(':id/approve')
  @RequiresPermission('maintenance.work-order.approve')
  @ApiOperation({
    summary:
      '审批 Take the next step of the chain: ≤1,000 yuan cs-manager; ≤10,000 deputy chief engineer then deputy GM; above, GM; never the requester (MNT-6)',
  })
  @ApiOrderAction(WorkOrderNoteV1)
  @ApiRoleRule('the step needs another role, or the caller requested the order')
  approveWorkOrder(@Param() p: IdParam, @Body() body: WorkOrderNoteV1): Promise<WorkOrderView> {
    return this.bus.request(ApproveWorkOrder, { ...body, workOrderId: p.id });
  }

  @Post(':id/return')
  @RequiresPermission('maintenance.work-order.approve')
  @ApiOperation({
    summary:
      '审批退回 Send the estimate back with the reason: the approver of the step due; the order is closed as returned and its request surveyed again (MNT-6, decision 0324)',
  })
  @ApiOrderAction(ApprovalReturnDetailsV1)
  @ApiRoleRule('the step due needs another role, or the caller requested the order')
  returnWorkOrder(@Param() p: IdParam, @Body() body: ApprovalReturnDetailsV1): Promise<WorkOrderView> {
    return this.bus.request(ReturnWorkOrder, { ...body, workOrderId: p.id });
  }

  @Post(':id/dispatch')
  @RequiresPermission('maintenance.work-order.dispatch')
  @ApiOperation({
    summary:
      '派工 Dispatch to a technician of the team or to the contractor; a dispatched order not yet started is dispatched again with a `reason` (MNT-6, MNT-7, decision 0323)',
  })
  @ApiOrderAction(DispatchDetailsV1, 'APPROVAL_REQUIRED: the order lacks the approval its amount needs')
  dispatchWorkOrder(@Param() p: IdParam, @Body() body: DispatchDetailsV1): Promise<WorkOrderView> {
    return this.bus.request(DispatchWorkOrder, { ...body, workOrderId: p.id });
  }

  @Post(':id/arrival')
  @RequiresPermission('maintenance.work-order.execute')
  @ApiOperation({ summary: '到场 The technician arrived (MNT-7)' })
  @ApiOrderAction(ArrivalDetailsV1)
  @ApiRoleRule(ON_SITE_RULE)
  recordWorkOrderArrival(@Param() p: IdParam, @Body() body: ArrivalDetailsV1): Promise<WorkOrderView> {
    return this.bus.request(RecordWorkOrderArrival, { ...body, workOrderId: p.id });
  }

  @Post(':id/work')
  @RequiresPermission('maintenance.work-order.execute')
  @ApiOperation({ summary: '施工记录 Work done, materials and photo references (MNT-7)' })
  @ApiOrderAction(WorkDoneDetailsV1)
  @ApiRoleRule(ON_SITE_RULE)
  recordWorkOrderWork(@Param() p: IdParam, @Body() body: WorkDoneDetailsV1): Promise<WorkOrderView> {
    return this.bus.request(RecordWork, { ...body, workOrderId: p.id });
  }

  @Post(':id/finish')
  @RequiresPermission('maintenance.work-order.execute')
  @ApiOperation({ summary: '报完工 The work is finished and waits for its completion check (MNT-7)' })
  @ApiOrderAction(WorkOrderNoteV1, 'BUSINESS_RULE_VIOLATED: no work recorded yet')
  @ApiRoleRule(ON_SITE_RULE)
  finishWorkOrder(@Param() p: IdParam, @Body() body: WorkOrderNoteV1): Promise<WorkOrderView> {
    return this.bus.request(FinishWork, { ...body, workOrderId: p.id });
  }

  @Post(':id/check')
  @RequiresPermission('maintenance.work-order.check')
  @ApiOperation({
    summary: '竣工检查 The completion check; a failed one returns the order to execution (MNT-8)',
  })
  @ApiOrderAction(CompletionCheckDetailsV1)
  recordCompletionCheck(@Param() p: IdParam, @Body() body: CompletionCheckDetailsV1): Promise<WorkOrderView> {
    return this.bus.request(CheckWorkOrder, { ...body, workOrderId: p.id });
  }

  @Post(':id/sign-off')
  @RequiresPermission('maintenance.work-order.check')
  @ApiOperation({
    summary: '业主签认 The customer signs off with an opinion; the order is completed (MNT-8, BIL-7)',
  })
  @ApiOrderAction(SignOffDetailsV1)
  signOffWorkOrder(@Param() p: IdParam, @Body() body: SignOffDetailsV1): Promise<WorkOrderView> {
    return this.bus.request(SignOffWorkOrder, { ...body, workOrderId: p.id });
  }

  @Post(':id/extend')
  @RequiresPermission('maintenance.work-order.extend')
  @ApiOperation({ summary: '延期 A later completion deadline with the customer’s recorded consent (MNT-5)' })
  @ApiOrderAction(ExtensionDetailsV1)
  extendWorkOrder(@Param() p: IdParam, @Body() body: ExtensionDetailsV1): Promise<WorkOrderView> {
    return this.bus.request(ExtendWorkOrder, { ...body, workOrderId: p.id });
  }

  @Post(':id/return-visit')
  @RequiresPermission('maintenance.return-visit')
  @ApiOperation({
    summary:
      '回访 The return visit within 1 working day of completion; a resident who refused visits is exempt (MNT-10, RES-7)',
  })
  @ApiOrderAction(WorkOrderReturnVisitV1)
  recordWorkOrderReturnVisit(
    @Param() p: IdParam,
    @Body() body: WorkOrderReturnVisitV1,
  ): Promise<WorkOrderView> {
    return this.bus.request(RecordWorkOrderReturnVisit, { ...body, workOrderId: p.id });
  }

  @Post(':id/settlement')
  @RequiresPermission('maintenance.settlement.submit')
  @ApiOperation({ summary: '提交决算 The team lead’s final account (MNT-9)' })
  @ApiOrderAction(FinalAccountDetailsV1)
  submitSettlement(@Param() p: IdParam, @Body() body: FinalAccountDetailsV1): Promise<WorkOrderView> {
    return this.bus.request(SubmitSettlement, { ...body, workOrderId: p.id });
  }

  @Post(':id/settlement/review')
  @RequiresPermission('maintenance.settlement.review')
  @ApiOperation({
    summary:
      '审核结算 Review the final account: customer service up to 20,000 yuan, audit above; types B and C are then settled (MNT-9, MNT-13)',
  })
  @ApiOrderAction(SettlementReviewDetailsV1)
  @ApiRoleRule(
    'above 20,000 yuan only the audit department reviews; whoever submitted the final account never reviews it (decision 0271)',
  )
  reviewSettlement(@Param() p: IdParam, @Body() body: SettlementReviewDetailsV1): Promise<WorkOrderView> {
    return this.bus.request(ReviewSettlement, { ...body, workOrderId: p.id });
  }

  @Post(':id/settlement/confirm')
  @RequiresPermission('maintenance.settlement.confirm')
  @ApiOperation({ summary: '承建商确认 The contractor confirms a type-A settlement (MNT-9)' })
  @ApiOrderAction(ContractorConfirmationDetailsV1)
  confirmSettlement(
    @Param() p: IdParam,
    @Body() body: ContractorConfirmationDetailsV1,
  ): Promise<WorkOrderView> {
    return this.bus.request(ConfirmSettlement, { ...body, workOrderId: p.id });
  }

  @Post(':id/settlement/certify')
  @RequiresPermission('maintenance.settlement.certify')
  @ApiOperation({
    summary:
      '认证结算 The deputy chief engineer certifies a type-A settlement; the contractor’s deposit is deducted (MNT-9, BIL-10)',
  })
  @ApiOrderAction(WorkOrderNoteV1)
  certifySettlement(@Param() p: IdParam, @Body() body: WorkOrderNoteV1): Promise<WorkOrderView> {
    return this.bus.request(CertifySettlement, { ...body, workOrderId: p.id });
  }

  @Post(':id/settlement/pay')
  @RequiresPermission('maintenance.settlement.pay')
  @ApiOperation({
    summary:
      '周转金支付 Ask billing again to pay the team from its revolving fund (pending or refused draws, MNT-13)',
  })
  @ApiOrderAction(WorkOrderNoteV1)
  retryFundDraw(@Param() p: IdParam, @Body() body: WorkOrderNoteV1): Promise<WorkOrderView> {
    return this.bus.request(RetryFundDraw, { ...body, workOrderId: p.id });
  }

  @Post(':id/cancel')
  @RequiresPermission('maintenance.work-order.cancel')
  @ApiOperation({
    summary:
      '取消派工单 Cancel an order not yet started, with the reason; its repair request returns to surveyed for a new order (decision 0263)',
  })
  @ApiOrderAction(CancellationDetailsV1)
  cancelWorkOrder(@Param() p: IdParam, @Body() body: CancellationDetailsV1): Promise<WorkOrderView> {
    return this.bus.request(CancelWorkOrder, { ...body, workOrderId: p.id });
  }
}

/** MNT-11: technician and team scores, which feed the service bonus. */
@ApiTag('maintenance')
@ApiServedBy('maintenance')
@Controller('api/v1/technician-scores')
export class TechnicianScoresHttpController {
  constructor(private readonly bus: BusClient) {}

  @Get()
  @RequiresPermission('maintenance.scores')
  @ApiOperation({
    summary:
      '维修人员考评 Technician and team scores for a quarter or a year, from sign-off opinions and return visits (MNT-11)',
  })
  @ApiQueryOf(GetTechnicianScoresV1)
  @ApiOk(TechnicianScoresView)
  @ApiBadInput()
  getTechnicianScores(@Query() query: GetTechnicianScoresV1): Promise<TechnicianScoresView> {
    return this.bus.request(GetTechnicianScores, query);
  }
}

/** MNT-4: the company's paid-service price list, which prices type-C orders. */
@ApiTag('maintenance')
@ApiServedBy('maintenance')
@Controller('api/v1/paid-service-prices')
export class PaidServicePricesHttpController {
  constructor(private readonly bus: BusClient) {}

  @Get()
  @RequiresPermission('maintenance.read')
  @ApiOperation({ summary: '有偿服务价目表 The company’s paid-service price list (MNT-4)' })
  @ApiQueryOf(ListPaidServicePricesV1)
  @ApiOk(PaidServicePriceListView)
  @ApiBadInput()
  listPaidServicePrices(@Query() query: ListPaidServicePricesV1): Promise<PaidServicePriceListView> {
    return this.bus.request(ListPaidServicePrices, query);
  }

  @Post()
  @HttpCode(200)
  @RequiresPermission('maintenance.price-list')
  @ApiOperation({ summary: '设置价目 Add or change an item of the price list (MNT-4)' })
  @ApiJsonBody(SetPaidServicePriceV1)
  @ApiOk(PaidServicePriceView)
  @ApiBadInput()
  @ApiIdempotent()
  setPaidServicePrice(@Body() body: SetPaidServicePriceV1): Promise<PaidServicePriceView> {
    return this.bus.request(SetPaidServicePrice, body);
  }
}
