import { Controller, type Type } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ListDeadLettersV1,
  ListOutboxEventsV1,
  opsMessagesOf,
  ResolveDeadLetterV1,
  ResolveOutboxEventV1,
  type DeadLetterView,
  type OutboxEventView,
  type Page,
} from '@pcs/contracts';
import { OpsService } from './ops.service.js';

/** The operator subjects of one service (`<service>.ops.…`): the same handlers under its name. */
export function opsNatsController(service: string): Type {
  const ops = opsMessagesOf(service);

  @Controller()
  class OpsNatsController {
    constructor(private readonly ops: OpsService) {}

    @MessagePattern(ops.listDeadLetters.subject)
    listDeadLetters(@Payload() query: ListDeadLettersV1): Promise<Page<DeadLetterView>> {
      return this.ops.listDeadLetters(query);
    }

    @MessagePattern(ops.replayDeadLetter.subject)
    replayDeadLetter(@Payload() command: ResolveDeadLetterV1): Promise<DeadLetterView> {
      return this.ops.replayDeadLetter(command);
    }

    @MessagePattern(ops.discardDeadLetter.subject)
    discardDeadLetter(@Payload() command: ResolveDeadLetterV1): Promise<DeadLetterView> {
      return this.ops.discardDeadLetter(command);
    }

    @MessagePattern(ops.listOutboxEvents.subject)
    listOutboxEvents(@Payload() query: ListOutboxEventsV1): Promise<Page<OutboxEventView>> {
      return this.ops.listOutboxEvents(query);
    }

    @MessagePattern(ops.retryOutboxEvent.subject)
    retryOutboxEvent(@Payload() command: ResolveOutboxEventV1): Promise<OutboxEventView> {
      return this.ops.retryOutboxEvent(command);
    }

    @MessagePattern(ops.skipOutboxEvent.subject)
    skipOutboxEvent(@Payload() command: ResolveOutboxEventV1): Promise<OutboxEventView> {
      return this.ops.skipOutboxEvent(command);
    }
  }
  return OpsNatsController;
}
