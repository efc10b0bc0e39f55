import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import {
  CallerCardView,
  GetCallerCardV1,
  IncomingCallView,
  ListIncomingCalls,
  ListIncomingCallsV1,
  RecordIncomingCall,
  RecordIncomingCallV1,
  type Page,
} from '@pcs/contracts';
import { BusClient } from '@pcs/platform';
import { IdParam } from '../http/id-param.js';
import { NoBody } from '../http/no-body.js';
import { RequiresPermission } from '../auth/permission.decorator.js';
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
import { CallerCardService } from './caller-card.service.js';

/**
 * DESK-3: the caller card (来电弹屏). Composed by the gateway from residents, complaints, maintenance
 * and billing; a service that cannot answer leaves its part out (`unavailable`), never the card.
 */
@ApiTag('desk')
@ApiServedBy('residents or complaints')
@Controller('api/v1')
export class CallerCardHttpController {
  constructor(
    private readonly cards: CallerCardService,
    private readonly bus: BusClient,
  ) {}

  @Get('caller-card')
  @RequiresPermission('desk.caller-card')
  @ApiOperation({
    summary:
      '来电弹屏 Who this number may be: households and roles, open complaints and repairs, recent contacts, arrears, incidents and flags, masked and scoped, with a register entry to start (DESK-3)',
  })
  @ApiQueryOf(GetCallerCardV1)
  @ApiOk(CallerCardView)
  @ApiBadInput()
  getCallerCard(@Query() query: GetCallerCardV1): Promise<CallerCardView> {
    return this.cards.card(query);
  }

  @Post('incoming-calls')
  @HttpCode(201)
  @RequiresPermission('desk.telephony')
  @ApiOperation({
    summary:
      '来电上报 The telephony system reports a call to a desk line; the same call id twice in one community is one call (DESK-3, decision 0304)',
  })
  @ApiJsonBody(RecordIncomingCallV1)
  @ApiCreates(IncomingCallView)
  @ApiBadInput()
  @ApiNotFound(
    "The community is not one of the telephony account's, or residents never announced it (decision 0328)",
  )
  recordIncomingCall(@Body() body: RecordIncomingCallV1): Promise<IncomingCallView> {
    return this.bus.request(RecordIncomingCall, body);
  }

  @Get('incoming-calls')
  @RequiresPermission('desk.caller-card')
  @ApiOperation({
    summary:
      '来电列表 Calls to the desk lines newest first, numbers masked; status=ringing is waiting (DESK-3)',
  })
  @ApiQueryOf(ListIncomingCallsV1)
  @ApiPage(IncomingCallView)
  @ApiBadInput()
  listIncomingCalls(@Query() query: ListIncomingCallsV1): Promise<Page<IncomingCallView>> {
    return this.bus.request(ListIncomingCalls, query);
  }

  @Post('incoming-calls/:id/take')
  @HttpCode(200)
  @RequiresPermission('desk.caller-card')
  @ApiOperation({
    summary:
      '接听来电 Take a ringing call and see its caller card; another desk that took it first makes this 409 (DESK-3)',
  })
  @ApiIdPath('The incoming call')
  @ApiOk(CallerCardView)
  @ApiBadInput()
  @ApiNotFound("No such call in the caller's communities")
  @ApiIdempotent('INVALID_STATE_TRANSITION: another desk took the call')
  takeIncomingCall(@Param() p: IdParam, @NoBody() _body: undefined): Promise<CallerCardView> {
    return this.cards.takeCall(p.id);
  }
}
