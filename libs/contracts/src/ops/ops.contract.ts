import type { Page } from '../common/pagination.js';
import { defineCommand, defineQuery, type CommandDefinition } from '../events/definitions.js';
import type { DeadLetterView } from './dead-letter-view.js';
import { ListDeadLettersV1 } from './list-dead-letters.js';
import { ListOutboxEventsV1 } from './list-outbox-events.js';
import type { OutboxEventView } from './outbox-event-view.js';
import { ResolveDeadLetterV1 } from './resolve-dead-letter.js';
import { ResolveOutboxEventV1 } from './resolve-outbox-event.js';

/**
 * What every data service serves to operators (the `admin` role), on `<service>.ops.…`: its dead
 * letters and its outbox. The same messages for each service, so they are made per service.
 */
export interface OpsMessages {
  listDeadLetters: CommandDefinition<ListDeadLettersV1, Page<DeadLetterView>>;
  replayDeadLetter: CommandDefinition<ResolveDeadLetterV1, DeadLetterView>;
  discardDeadLetter: CommandDefinition<ResolveDeadLetterV1, DeadLetterView>;
  listOutboxEvents: CommandDefinition<ListOutboxEventsV1, Page<OutboxEventView>>;
  retryOutboxEvent: CommandDefinition<ResolveOutboxEventV1, OutboxEventView>;
  skipOutboxEvent: CommandDefinition<ResolveOutboxEventV1, OutboxEventView>;
}

export function opsMessagesOf(service: string): OpsMessages {
  const subject = (verb: string): string => `${service}.ops.${verb}`;
  return {
    listDeadLetters: defineQuery({
      subject: subject('dead-letters.list'),
      request: ListDeadLettersV1,
      summary: `${service}: dead letters, newest first`,
    }),
    replayDeadLetter: defineCommand({
      subject: subject('dead-letters.replay'),
      request: ResolveDeadLetterV1,
      summary: `${service}: apply a dead letter's event now (once at most), with a reason`,
    }),
    discardDeadLetter: defineCommand({
      subject: subject('dead-letters.discard'),
      request: ResolveDeadLetterV1,
      summary: `${service}: give up on a dead letter for good, with a reason`,
    }),
    listOutboxEvents: defineQuery({
      subject: subject('outbox-events.list'),
      request: ListOutboxEventsV1,
      summary: `${service}: outbox events by status (parked by default), newest first`,
    }),
    retryOutboxEvent: defineCommand({
      subject: subject('outbox-events.retry'),
      request: ResolveOutboxEventV1,
      summary: `${service}: publish a parked event again, with a reason`,
    }),
    skipOutboxEvent: defineCommand({
      subject: subject('outbox-events.skip'),
      request: ResolveOutboxEventV1,
      summary: `${service}: never publish a parked event (its aggregate's later events then flow), with a reason`,
    }),
  };
}

/** The ops messages as a list, for documents generated from the contracts. */
export function opsRequestsOf(service: string): CommandDefinition<object, unknown>[] {
  return Object.values(opsMessagesOf(service)) as CommandDefinition<object, unknown>[];
}
