import { applyDecorators, Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiParam } from '@nestjs/swagger';
import {
  DeadLetterView,
  ListDeadLettersV1,
  ListOutboxEventsV1,
  opsMessagesOf,
  OpsReasonV1,
  OutboxEventView,
  SERVICE_BUSES,
  type Page,
} from '@pcs/contracts';
import { BusClient } from '@pcs/platform';
import { RequiresPermission } from '../auth/permission.decorator.js';
import {
  ApiBadInput,
  ApiIdempotent,
  ApiJsonBody,
  ApiNotFound,
  ApiOk,
  ApiPage,
  ApiProblem,
  ApiUnavailable,
  ApiQueryOf,
  ApiRefused,
} from '../openapi/operations.js';
import { OpsRecordPath, OpsServicePath } from './ops-path.js';
import { ApiTag } from '../openapi/tags.js';

const ApiServicePath = (): MethodDecorator =>
  ApiParam({ name: 'service', schema: { type: 'string', enum: SERVICE_BUSES.map((b) => b.service) } });
const ApiRecordPath = (what: string): MethodDecorator =>
  applyDecorators(
    ApiServicePath(),
    ApiParam({ name: 'id', description: what, schema: { type: 'string', format: 'uuid' } }),
  );

/**
 * Operators mend what did not flow: the dead letters of each service's consumers and the parked
 * events of its outbox. Administrators only; every action is archived with its reason.
 */
@ApiTag('operations')
@ApiUnavailable('SERVICE_UNAVAILABLE: the service named in the path is not running')
@ApiProblem(504, 'UPSTREAM_TIMEOUT: the service named in the path did not answer in time')
@Controller('api/v1/ops/:service')
export class OpsHttpController {
  constructor(private readonly bus: BusClient) {}

  @Get('dead-letters')
  @RequiresPermission('platform.operate')
  @ApiOperation({ summary: '死信列表 Dead letters of a service, newest first (open by default)' })
  @ApiServicePath()
  @ApiQueryOf(ListDeadLettersV1)
  @ApiPage(DeadLetterView)
  @ApiBadInput()
  listDeadLetters(
    @Param() path: OpsServicePath,
    @Query() query: ListDeadLettersV1,
  ): Promise<Page<DeadLetterView>> {
    return this.bus.request(opsMessagesOf(path.service).listDeadLetters, query);
  }

  @Post('dead-letters/:id/replay')
  @HttpCode(200)
  @RequiresPermission('platform.operate')
  @ApiOperation({ summary: '重放死信 Apply a dead letter’s event now, once at most' })
  @ApiRecordPath('The dead letter')
  @ApiJsonBody(OpsReasonV1)
  @ApiOk(DeadLetterView)
  @ApiIdempotent('INVALID_STATE_TRANSITION: the dead letter is no longer open')
  @ApiRefused('BUSINESS_RULE_VIOLATED: the message cannot be read, or its handler still fails')
  @ApiBadInput()
  @ApiNotFound('No such dead letter in this service for the caller’s company')
  replayDeadLetter(@Param() path: OpsRecordPath, @Body() body: OpsReasonV1): Promise<DeadLetterView> {
    return this.bus.request(opsMessagesOf(path.service).replayDeadLetter, {
      id: path.id,
      reason: body.reason,
    });
  }

  @Post('dead-letters/:id/discard')
  @HttpCode(200)
  @RequiresPermission('platform.operate')
  @ApiOperation({ summary: '丢弃死信 Give up on a dead letter for good' })
  @ApiRecordPath('The dead letter')
  @ApiJsonBody(OpsReasonV1)
  @ApiOk(DeadLetterView)
  @ApiIdempotent('INVALID_STATE_TRANSITION: the dead letter is no longer open')
  @ApiBadInput()
  @ApiNotFound('No such dead letter in this service for the caller’s company')
  discardDeadLetter(@Param() path: OpsRecordPath, @Body() body: OpsReasonV1): Promise<DeadLetterView> {
    return this.bus.request(opsMessagesOf(path.service).discardDeadLetter, {
      id: path.id,
      reason: body.reason,
    });
  }

  @Get('outbox-events')
  @RequiresPermission('platform.operate')
  @ApiOperation({ summary: '待发布事件 Outbox events of a service by status (parked by default)' })
  @ApiServicePath()
  @ApiQueryOf(ListOutboxEventsV1)
  @ApiPage(OutboxEventView)
  @ApiBadInput()
  listOutboxEvents(
    @Param() path: OpsServicePath,
    @Query() query: ListOutboxEventsV1,
  ): Promise<Page<OutboxEventView>> {
    return this.bus.request(opsMessagesOf(path.service).listOutboxEvents, query);
  }

  @Post('outbox-events/:id/retry')
  @HttpCode(200)
  @RequiresPermission('platform.operate')
  @ApiOperation({ summary: '重新发布 Publish a parked event again' })
  @ApiRecordPath('The outbox event')
  @ApiJsonBody(OpsReasonV1)
  @ApiOk(OutboxEventView)
  @ApiIdempotent('INVALID_STATE_TRANSITION: only a parked event can be retried or skipped')
  @ApiBadInput()
  @ApiNotFound('No such event in this service’s outbox for the caller’s company')
  retryOutboxEvent(@Param() path: OpsRecordPath, @Body() body: OpsReasonV1): Promise<OutboxEventView> {
    return this.bus.request(opsMessagesOf(path.service).retryOutboxEvent, {
      id: path.id,
      reason: body.reason,
    });
  }

  @Post('outbox-events/:id/skip')
  @HttpCode(200)
  @RequiresPermission('platform.operate')
  @ApiOperation({ summary: '跳过事件 Never publish a parked event; its aggregate’s later events flow' })
  @ApiRecordPath('The outbox event')
  @ApiJsonBody(OpsReasonV1)
  @ApiOk(OutboxEventView)
  @ApiIdempotent('INVALID_STATE_TRANSITION: only a parked event can be retried or skipped')
  @ApiBadInput()
  @ApiNotFound('No such event in this service’s outbox for the caller’s company')
  skipOutboxEvent(@Param() path: OpsRecordPath, @Body() body: OpsReasonV1): Promise<OutboxEventView> {
    return this.bus.request(opsMessagesOf(path.service).skipOutboxEvent, {
      id: path.id,
      reason: body.reason,
    });
  }
}
