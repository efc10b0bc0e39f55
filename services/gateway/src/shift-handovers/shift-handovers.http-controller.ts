import { applyDecorators, Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import {
  AcceptShiftHandover,
  CreateShiftHandover,
  CreateShiftHandoverV1,
  GetShiftHandover,
  ListShiftHandovers,
  ListShiftHandoversV1,
  RefuseShiftHandover,
  ReviewShiftHandover,
  ShiftHandoverAcceptanceV1,
  ShiftHandoverRefusalV1,
  ShiftHandoverReviewV1,
  ShiftHandoverView,
  type Page,
} from '@pcs/contracts';
import { BusClient } from '@pcs/platform';
import { RequiresPermission } from '../auth/permission.decorator.js';
import { IdParam } from '../http/id-param.js';
import {
  ApiBadInput,
  ApiCreates,
  ApiIdPath,
  ApiIdempotent,
  ApiJsonBody,
  ApiNotFound,
  ApiOk,
  ApiPage,
  ApiQueryOf,
  ApiServedBy,
} from '../openapi/operations.js';
import { ApiTag } from '../openapi/tags.js';

const NOT_FOUND = "No such shift handover in the caller's communities";

/** What every answer to a handover shares: the path id, its body, the updated handover, the problems. */
const ApiShiftHandoverAction = (body: Parameters<typeof ApiJsonBody>[0]): MethodDecorator =>
  applyDecorators(
    HttpCode(200),
    ApiIdPath('The shift handover'),
    ApiJsonBody(body),
    ApiOk(ShiftHandoverView),
    ApiBadInput(),
    ApiNotFound(NOT_FOUND),
    ApiIdempotent("INVALID_STATE_TRANSITION: the handover's status does not allow it"),
  );

/**
 * DESK-1: shift handovers (交接班) at the front desk, served by the complaints service. Named "shift
 * handovers" apart from the handover inspection of a new unit (RES-3, `handover`).
 */
@ApiTag('shift-handovers')
@ApiServedBy('complaints')
@Controller('api/v1/shift-handovers')
export class ShiftHandoversHttpController {
  constructor(private readonly bus: BusClient) {}

  @Post()
  @HttpCode(201)
  @RequiresPermission('shift-handovers.hand-over')
  @ApiOperation({
    summary:
      '交班 Hand the shift over to the incoming staff member, with the open items, promised call-backs and active matters (DESK-1)',
  })
  @ApiJsonBody(CreateShiftHandoverV1)
  @ApiCreates(ShiftHandoverView)
  @ApiBadInput()
  @ApiNotFound("The community is not one of the caller's")
  createShiftHandover(@Body() body: CreateShiftHandoverV1): Promise<ShiftHandoverView> {
    return this.bus.request(CreateShiftHandover, body);
  }

  @Get()
  @RequiresPermission('shift-handovers.read')
  @ApiOperation({
    summary:
      "交接班记录 Handovers newest first; with a date and reviewed=false, the supervisor's daily review (DESK-1)",
  })
  @ApiQueryOf(ListShiftHandoversV1)
  @ApiPage(ShiftHandoverView)
  @ApiBadInput()
  listShiftHandovers(@Query() query: ListShiftHandoversV1): Promise<Page<ShiftHandoverView>> {
    return this.bus.request(ListShiftHandovers, query);
  }

  @Get(':id')
  @RequiresPermission('shift-handovers.read')
  @ApiOperation({ summary: '查看交接班 Read a handover with what was pending when it was made (DESK-1)' })
  @ApiIdPath('The shift handover')
  @ApiOk(ShiftHandoverView)
  @ApiBadInput()
  @ApiNotFound(NOT_FOUND)
  getShiftHandover(@Param() p: IdParam): Promise<ShiftHandoverView> {
    return this.bus.request(GetShiftHandover, { id: p.id });
  }

  @Post(':id/accept')
  @RequiresPermission('shift-handovers.answer')
  @ApiOperation({
    summary: '接班 The incoming staff member accepts the handover; anyone else gets 403 (DESK-1)',
  })
  @ApiShiftHandoverAction(ShiftHandoverAcceptanceV1)
  acceptShiftHandover(
    @Param() p: IdParam,
    @Body() body: ShiftHandoverAcceptanceV1,
  ): Promise<ShiftHandoverView> {
    return this.bus.request(AcceptShiftHandover, { ...body, handoverId: p.id });
  }

  @Post(':id/refuse')
  @RequiresPermission('shift-handovers.answer')
  @ApiOperation({
    summary:
      '拒绝接班 The incoming staff member refuses, saying why; it goes to the supervisor; anyone else gets 403 (DESK-1)',
  })
  @ApiShiftHandoverAction(ShiftHandoverRefusalV1)
  refuseShiftHandover(@Param() p: IdParam, @Body() body: ShiftHandoverRefusalV1): Promise<ShiftHandoverView> {
    return this.bus.request(RefuseShiftHandover, { ...body, handoverId: p.id });
  }

  @Post(':id/review')
  @RequiresPermission('shift-handovers.review')
  @ApiOperation({
    summary: '主管审阅 The supervisor’s daily review of an accepted or refused handover, once (DESK-1)',
  })
  @ApiShiftHandoverAction(ShiftHandoverReviewV1)
  reviewShiftHandover(@Param() p: IdParam, @Body() body: ShiftHandoverReviewV1): Promise<ShiftHandoverView> {
    return this.bus.request(ReviewShiftHandover, { ...body, handoverId: p.id });
  }
}
