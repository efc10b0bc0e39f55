import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import {
  CancellationV1,
  CancelMoveOut,
  CompleteMoveOut,
  GetMoveOut,
  ListMoveOuts,
  ListMoveOutsV1,
  MoveOutDetailsV1,
  MoveOutInspectionV1,
  MoveOutView,
  RecordMoveOutInspection,
  RequestMoveOut,
  type Page,
} from '@pcs/contracts';
import { BusClient } from '@pcs/platform';
import { RequiresPermission } from '../auth/permission.decorator.js';
import { IdParam } from '../http/id-param.js';
import { NoBody } from '../http/no-body.js';
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

const NOT_FOUND = "No such move-out in the caller's communities";
const STATUS = "INVALID_STATE_TRANSITION: the move-out's status does not allow it";

/**
 * RES-6: move-out (迁出). Billing is asked for arrears when it is requested and for settlement when it
 * completes; a tenant's move-out leaves the owner's occupancy alone.
 */
@ApiTag('move-outs')
@ApiServedBy('residents')
@Controller('api/v1')
export class MoveOutsHttpController {
  constructor(private readonly bus: BusClient) {}

  @Post('units/:id/move-outs')
  @HttpCode(201)
  @RequiresPermission('move-outs.manage')
  @ApiOperation({ summary: '申请迁出 Request a move-out; refused while the unit owes anything (RES-6)' })
  @ApiIdPath('The unit')
  @ApiJsonBody(MoveOutDetailsV1)
  @ApiCreates(MoveOutView)
  @ApiBadInput()
  @ApiNotFound("No such unit or occupancy in the caller's communities")
  @ApiRefused(
    'MOVE_OUT_BLOCKED_BY_ARREARS: the unit owes money, `openItems` lists what is owed; BUSINESS_RULE_VIOLATED: an occupancy named is not current, starts after the date, or is already moving out',
  )
  requestMoveOut(@Param() params: IdParam, @Body() body: MoveOutDetailsV1): Promise<MoveOutView> {
    return this.bus.request(RequestMoveOut, { ...body, unitId: params.id });
  }

  @Get('move-outs/:id')
  @RequiresPermission('move-outs.read')
  @ApiOperation({ summary: '查看迁出手续 Read a move-out (RES-6)' })
  @ApiIdPath('The move-out')
  @ApiOk(MoveOutView)
  @ApiBadInput()
  @ApiNotFound(NOT_FOUND)
  getMoveOut(@Param() params: IdParam): Promise<MoveOutView> {
    return this.bus.request(GetMoveOut, { moveOutId: params.id });
  }

  @Post('move-outs/:id/inspection')
  @HttpCode(200)
  @RequiresPermission('move-outs.inspect')
  @ApiOperation({
    summary: '迁出验房 Record the move-out inspection; damages are charged to the leaver (RES-6)',
  })
  @ApiIdPath('The move-out')
  @ApiJsonBody(MoveOutInspectionV1)
  @ApiOk(MoveOutView)
  @ApiBadInput()
  @ApiNotFound(NOT_FOUND)
  @ApiIdempotent(STATUS)
  recordMoveOutInspection(@Param() params: IdParam, @Body() body: MoveOutInspectionV1): Promise<MoveOutView> {
    return this.bus.request(RecordMoveOutInspection, { ...body, moveOutId: params.id });
  }

  @Post('move-outs/:id/complete')
  @HttpCode(200)
  @RequiresPermission('move-outs.manage')
  @ApiOperation({
    summary: '完成迁出 Complete the move-out once billing confirms everything is settled (RES-6)',
  })
  @ApiIdPath('The move-out')
  @ApiOk(MoveOutView)
  @ApiBadInput()
  @ApiNotFound(NOT_FOUND)
  @ApiIdempotent(STATUS)
  @ApiRefused('MOVE_OUT_BLOCKED_BY_ARREARS: billing reports the unit still owes; `openItems` lists what')
  completeMoveOut(@Param() params: IdParam, @NoBody() _body: undefined): Promise<MoveOutView> {
    return this.bus.request(CompleteMoveOut, { moveOutId: params.id });
  }

  @Post('move-outs/:id/cancel')
  @HttpCode(200)
  @RequiresPermission('move-outs.manage')
  @ApiOperation({ summary: '取消迁出 Cancel a move-out not completed yet, with a reason (RES-6)' })
  @ApiIdPath('The move-out')
  @ApiJsonBody(CancellationV1)
  @ApiOk(MoveOutView)
  @ApiBadInput()
  @ApiNotFound(NOT_FOUND)
  @ApiIdempotent(STATUS)
  cancelMoveOut(@Param() params: IdParam, @Body() body: CancellationV1): Promise<MoveOutView> {
    return this.bus.request(CancelMoveOut, { ...body, moveOutId: params.id });
  }

  @Get('move-outs')
  @RequiresPermission('move-outs.read')
  @ApiOperation({
    summary: '迁出手续列表 Move-outs by community, unit, status and date, newest first (RES-6)',
  })
  @ApiQueryOf(ListMoveOutsV1)
  @ApiPage(MoveOutView)
  @ApiBadInput()
  listMoveOuts(@Query() query: ListMoveOutsV1): Promise<Page<MoveOutView>> {
    return this.bus.request(ListMoveOuts, query);
  }
}
