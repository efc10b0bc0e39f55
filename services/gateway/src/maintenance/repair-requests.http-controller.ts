import { applyDecorators, Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import {
  CancelRepairRequest,
  GetRepairRequest,
  GetRepairRequestHistory,
  ListRepairRequests,
  ListRepairRequestsV1,
  MaintenanceHistoryView,
  RecordArrivalOnSite,
  RecordMadeSafe,
  RecordSurvey,
  RegisterRepairRequest,
  RegisterRepairRequestV1,
  RepairCancellationV1,
  RepairRequestView,
  RepairStepDetailsV1,
  SetWarrantyPeriod,
  SetWarrantyPeriodV1,
  SurveyDetailsV1,
  WarrantyPeriodView,
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
  ApiQueryOf,
  ApiRefused,
  ApiServedBy,
} from '../openapi/operations.js';
import { ApiTag } from '../openapi/tags.js';

const NOT_FOUND = "No such repair request in the caller's communities";

/** What every action on a request shares: the path id, its body, the updated request, the problems. */
const ApiRequestAction = (body: Parameters<typeof ApiJsonBody>[0], refused?: string): MethodDecorator =>
  applyDecorators(
    HttpCode(200),
    ApiIdPath('The repair request'),
    ApiJsonBody(body),
    ApiOk(RepairRequestView),
    ApiBadInput(),
    ApiNotFound(NOT_FOUND),
    ApiIdempotent("INVALID_STATE_TRANSITION: the request's progress does not allow the action"),
    ...(refused ? [ApiRefused(`BUSINESS_RULE_VIOLATED: ${refused}`)] : []),
  );

/** MNT-1 … MNT-3: repair requests (报修), their clocks and the site survey. */
@ApiTag('maintenance')
@ApiServedBy('maintenance')
@Controller('api/v1/repair-requests')
export class RepairRequestsHttpController {
  constructor(private readonly bus: BusClient) {}

  @Post()
  @HttpCode(201)
  @RequiresPermission('maintenance.register')
  @ApiOperation({
    summary:
      '报修登记 Register a repair request from a resident or a patrol; emergencies are due on site in 30 minutes (MNT-1)',
  })
  @ApiJsonBody(RegisterRepairRequestV1)
  @ApiCreates(RepairRequestView)
  @ApiBadInput()
  @ApiNotFound("The community is not one of the caller's")
  registerRepairRequest(@Body() body: RegisterRepairRequestV1): Promise<RepairRequestView> {
    return this.bus.request(RegisterRepairRequest, body);
  }

  @Get()
  @RequiresPermission('maintenance.requests.read')
  @ApiOperation({ summary: '报修单列表 Repair requests, newest first, by community, progress or overdue' })
  @ApiQueryOf(ListRepairRequestsV1)
  @ApiPage(RepairRequestView)
  @ApiBadInput()
  listRepairRequests(@Query() query: ListRepairRequestsV1): Promise<Page<RepairRequestView>> {
    return this.bus.request(ListRepairRequests, query);
  }

  @Get(':id')
  @RequiresPermission('maintenance.requests.read')
  @ApiOperation({ summary: '查看报修单 Read a repair request with its clocks and survey' })
  @ApiIdPath('The repair request')
  @ApiOk(RepairRequestView)
  @ApiBadInput()
  @ApiNotFound(NOT_FOUND)
  getRepairRequest(@Param() p: IdParam): Promise<RepairRequestView> {
    return this.bus.request(GetRepairRequest, { id: p.id });
  }

  @Get(':id/history')
  @RequiresPermission('maintenance.requests.read')
  @ApiOperation({ summary: '报修记录 Every change of a repair request: who, when, what and why (GEN-3)' })
  @ApiIdPath('The repair request')
  @ApiOk(MaintenanceHistoryView)
  @ApiBadInput()
  @ApiNotFound(NOT_FOUND)
  getRepairRequestHistory(@Param() p: IdParam): Promise<MaintenanceHistoryView> {
    return this.bus.request(GetRepairRequestHistory, { id: p.id });
  }

  @Post(':id/arrival')
  @RequiresPermission('maintenance.respond')
  @ApiOperation({ summary: '到达现场 Someone is on site (an emergency: within 30 minutes, MNT-1)' })
  @ApiRequestAction(RepairStepDetailsV1)
  recordRepairArrival(@Param() p: IdParam, @Body() body: RepairStepDetailsV1): Promise<RepairRequestView> {
    return this.bus.request(RecordArrivalOnSite, { ...body, repairRequestId: p.id });
  }

  @Post(':id/made-safe')
  @RequiresPermission('maintenance.respond')
  @ApiOperation({ summary: '排除险情 An emergency was made safe (within 12 hours, MNT-1)' })
  @ApiRequestAction(RepairStepDetailsV1)
  recordRepairMadeSafe(@Param() p: IdParam, @Body() body: RepairStepDetailsV1): Promise<RepairRequestView> {
    return this.bus.request(RecordMadeSafe, { ...body, repairRequestId: p.id });
  }

  @Post(':id/survey')
  @RequiresPermission('maintenance.survey')
  @ApiOperation({
    summary:
      '现场勘察会签 The signed site survey: participants (the contractor from 500 yuan), responsible party, warranty (MNT-2, MNT-3)',
  })
  @ApiRequestAction(
    SurveyDetailsV1,
    'a participant the estimate needs did not sign, or the contractor is named outside warranty',
  )
  recordRepairSurvey(@Param() p: IdParam, @Body() body: SurveyDetailsV1): Promise<RepairRequestView> {
    return this.bus.request(RecordSurvey, { ...body, repairRequestId: p.id });
  }

  @Post(':id/cancel')
  @RequiresPermission('maintenance.cancel')
  @ApiOperation({ summary: '取消报修 Cancel a request that has no work order, with the reason' })
  @ApiRequestAction(RepairCancellationV1)
  cancelRepairRequest(@Param() p: IdParam, @Body() body: RepairCancellationV1): Promise<RepairRequestView> {
    return this.bus.request(CancelRepairRequest, { ...body, repairRequestId: p.id });
  }
}

/** MNT-3: the company's or a community's own warranty periods. */
@ApiTag('maintenance')
@ApiServedBy('maintenance')
@Controller('api/v1/warranty-periods')
export class WarrantyPeriodsHttpController {
  constructor(private readonly bus: BusClient) {}

  @Post()
  @HttpCode(200)
  @RequiresPermission('maintenance.warranty')
  @ApiOperation({
    summary: '保修期设置 Override a component’s warranty period for the company or one community (MNT-3)',
  })
  @ApiJsonBody(SetWarrantyPeriodV1)
  @ApiOk(WarrantyPeriodView)
  @ApiBadInput()
  @ApiNotFound("The community is not one of the caller's")
  @ApiIdempotent()
  setWarrantyPeriod(@Body() body: SetWarrantyPeriodV1): Promise<WarrantyPeriodView> {
    return this.bus.request(SetWarrantyPeriod, body);
  }
}
