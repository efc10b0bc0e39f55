import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import {
  AcknowledgementsV1,
  AcknowledgeMoveIn,
  CancellationV1,
  CancelMoveIn,
  CompleteMoveIn,
  CompleteMoveInBodyV1,
  GetMoveIn,
  KeysHandedOverV1,
  ListMoveIns,
  ListMoveInsV1,
  MoveInDetailsV1,
  MoveInView,
  RecordMoveInKeys,
  StartMoveIn,
  StartTenantMoveIn,
  TenantMoveInDetailsV1,
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

const NOT_FOUND = "No such move-in in the caller's communities";
const CLOSED = "INVALID_STATE_TRANSITION: the move-in's status does not allow it";

/**
 * RES-4: the move-in procedure (入住/入伙手续). It completes only with the owners' identity, both
 * acknowledgements, the keys, and billing's word that the move-in charges are paid.
 */
@ApiTag('move-ins')
@ApiServedBy('residents')
@Controller('api/v1')
export class MoveInsHttpController {
  constructor(private readonly bus: BusClient) {}

  @Post('units/:id/move-ins')
  @HttpCode(201)
  @RequiresPermission('move-ins.manage')
  @ApiOperation({
    summary: '办理入住 Open the move-in procedure; the move-in charges are requested from billing (RES-4)',
  })
  @ApiIdPath('The unit')
  @ApiJsonBody(MoveInDetailsV1)
  @ApiCreates(MoveInView)
  @ApiBadInput()
  @ApiNotFound("No such unit in the caller's communities")
  @ApiRefused(
    'BUSINESS_RULE_VIOLATED: a person named is not a current owner of the unit, or the unit has an open move-in',
  )
  startMoveIn(@Param() params: IdParam, @Body() body: MoveInDetailsV1): Promise<MoveInView> {
    return this.bus.request(StartMoveIn, { ...body, unitId: params.id });
  }

  @Get('move-ins/:id')
  @RequiresPermission('move-ins.read')
  @ApiOperation({ summary: '查看入住手续 Read a move-in and what it still lacks (RES-4)' })
  @ApiIdPath('The move-in')
  @ApiOk(MoveInView)
  @ApiBadInput()
  @ApiNotFound(NOT_FOUND)
  getMoveIn(@Param() params: IdParam): Promise<MoveInView> {
    return this.bus.request(GetMoveIn, { moveInId: params.id });
  }

  @Post('move-ins/:id/acknowledgements')
  @HttpCode(200)
  @RequiresPermission('move-ins.manage')
  @ApiOperation({
    summary: '签收业户手册与装修须知 Record the handbook and decoration rules acknowledged (RES-4)',
  })
  @ApiIdPath('The move-in')
  @ApiJsonBody(AcknowledgementsV1)
  @ApiOk(MoveInView)
  @ApiBadInput()
  @ApiNotFound(NOT_FOUND)
  @ApiIdempotent(CLOSED)
  acknowledgeMoveIn(@Param() params: IdParam, @Body() body: AcknowledgementsV1): Promise<MoveInView> {
    return this.bus.request(AcknowledgeMoveIn, { ...body, moveInId: params.id });
  }

  @Post('move-ins/:id/keys')
  @HttpCode(200)
  @RequiresPermission('move-ins.manage')
  @ApiOperation({ summary: '登记钥匙交接 Record the keys and cards handed over (RES-4)' })
  @ApiIdPath('The move-in')
  @ApiJsonBody(KeysHandedOverV1)
  @ApiOk(MoveInView)
  @ApiBadInput()
  @ApiNotFound(NOT_FOUND)
  @ApiIdempotent(CLOSED)
  recordMoveInKeys(@Param() params: IdParam, @Body() body: KeysHandedOverV1): Promise<MoveInView> {
    return this.bus.request(RecordMoveInKeys, { ...body, moveInId: params.id });
  }

  @Post('move-ins/:id/complete')
  @HttpCode(200)
  @RequiresPermission('move-ins.manage')
  @ApiOperation({
    summary:
      "完成入住 Complete the move-in once every precondition holds, an owner's handover inspection included (RES-4, RES-3)",
  })
  @ApiIdPath('The move-in')
  @ApiJsonBody(CompleteMoveInBodyV1)
  @ApiOk(MoveInView)
  @ApiBadInput()
  @ApiNotFound(NOT_FOUND)
  @ApiIdempotent(CLOSED)
  @ApiRefused('MOVE_IN_INCOMPLETE: the missing steps are listed')
  completeMoveIn(@Param() params: IdParam, @Body() body: CompleteMoveInBodyV1): Promise<MoveInView> {
    return this.bus.request(CompleteMoveIn, { ...body, moveInId: params.id });
  }

  @Post('units/:id/tenant-move-ins')
  @HttpCode(201)
  @RequiresPermission('move-ins.manage')
  @ApiOperation({
    summary:
      "办理租户入住 Open a tenant's move-in after the lease is signed; the contract deposit is requested from billing (RES-4, BIL-8)",
  })
  @ApiIdPath('The unit')
  @ApiJsonBody(TenantMoveInDetailsV1)
  @ApiCreates(MoveInView)
  @ApiBadInput()
  @ApiNotFound("No such unit in the caller's communities")
  @ApiRefused(
    'BUSINESS_RULE_VIOLATED: a person named is not a current tenant of the unit, or the unit has an open move-in',
  )
  startTenantMoveIn(@Param() params: IdParam, @Body() body: TenantMoveInDetailsV1): Promise<MoveInView> {
    return this.bus.request(StartTenantMoveIn, { ...body, unitId: params.id });
  }

  @Post('move-ins/:id/cancel')
  @HttpCode(200)
  @RequiresPermission('move-ins.manage')
  @ApiOperation({
    summary: '取消入住 Cancel an open move-in with a reason; its charges are withdrawn from billing (RES-4)',
  })
  @ApiIdPath('The move-in')
  @ApiJsonBody(CancellationV1)
  @ApiOk(MoveInView)
  @ApiBadInput()
  @ApiNotFound(NOT_FOUND)
  @ApiIdempotent(CLOSED)
  cancelMoveIn(@Param() params: IdParam, @Body() body: CancellationV1): Promise<MoveInView> {
    return this.bus.request(CancelMoveIn, { ...body, moveInId: params.id });
  }

  @Get('move-ins')
  @RequiresPermission('move-ins.read')
  @ApiOperation({
    summary: '入住手续列表 Move-ins by community, unit, status, kind and planned date, newest first (RES-4)',
  })
  @ApiQueryOf(ListMoveInsV1)
  @ApiPage(MoveInView)
  @ApiBadInput()
  listMoveIns(@Query() query: ListMoveInsV1): Promise<Page<MoveInView>> {
    return this.bus.request(ListMoveIns, query);
  }
}
