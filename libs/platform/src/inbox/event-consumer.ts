import { nanos, type NatsConnection } from '@nats-io/nats-core';
import {
  AckPolicy,
  DeliverPolicy,
  jetstream,
  jetstreamManager,
  type ConsumerConfig,
  type ConsumerMessages,
  type JsMsg,
} from '@nats-io/jetstream';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  DomainError,
  isCloudEvent,
  validatePayload,
  type CloudEvent,
  type EventDefinition,
} from '@pcs/contracts';
import type { Logger } from 'pino';
import type { BusNames } from '../bus/bus-names.js';
import { CallContext } from '../context/call-context.js';
import type { Metrics } from '../metrics/metrics.js';
import { insertRows } from '../persistence/bound-sql.js';
import { TENANT_FILTER } from '../persistence/tenant-filter.js';
import { batchesOf } from './batches.js';
import { recordDeadLetter, releaseDeadLetterClaim } from './dead-letters.js';
import { advancePosition, AwaitingPredecessor } from './event-order.js';

export interface EventHandler {
  readonly event: EventDefinition<object>;
  /** Applies the event inside the consumer's transaction; `em` is scoped to the event's company. */
  handle(event: CloudEvent<object>, em: EntityManager): Promise<void>;
}

/** Declares how a consumer applies one event type; the data arrives validated against its class. */
export function onEvent<D extends object>(
  event: EventDefinition<D>,
  handle: (event: CloudEvent<D>, em: EntityManager) => Promise<void>,
): EventHandler {
  return { event, handle: handle as EventHandler['handle'] };
}

export interface EventConsumerOptions {
  /** Durable consumer name, unique per consuming service and purpose, e.g. `complaints-calendar`. */
  name: string;
  /** The producer's stream, unprefixed, e.g. `RESIDENTS`. */
  stream: string;
  /** One subject or wildcard, unprefixed (the local NATS server allows one filter per consumer). */
  filterSubject: string;
  handlers: EventHandler[];
  /**
   * Deliveries after which a failing event is kept as a dead letter. Counted here, not by the server:
   * the server redelivers without limit, so an event whose dead letter cannot be written yet (the
   * database is down, the process dies) comes back until it is either applied or kept.
   */
  maxDeliver?: number;
  /** Redelivery delays after a failed attempt, one per attempt (the last repeats). */
  backoffMs?: number[];
  ackWaitMs?: number;
  /**
   * Messages pulled ahead of processing, and the most applied in one transaction: what arrived while
   * the previous transaction ran is applied together (decision 0175).
   */
  batch?: number;
  /**
   * Applies each aggregate's events in version order: an event whose predecessor has not been
   * applied yet waits (redelivered with the backoff, up to `maxDeliver` deliveries, then a dead
   * letter). For handlers whose effect depends on order; the others need only the inbox.
   */
  ordered?: boolean;
}

export interface EventConsumerDeps {
  connection: NatsConnection;
  names: BusNames;
  orm: MikroORM;
  logger: Logger;
  metrics: Metrics;
  /** Tests only: called before each handler runs, with the delivery count (a child process dies here). */
  beforeHandle?(event: CloudEvent<object>, deliveries: number): Promise<void>;
}

export type DeliveryOutcome = 'applied' | 'duplicate' | 'failed' | 'waiting' | 'dead-lettered';

/** A message that cannot become an event: no retry will change that. */
class Unreadable extends Error {}

interface ReadEvent {
  event: CloudEvent<object>;
  handler: EventHandler;
}

/**
 * A durable pull consumer with an idempotent inbox: each event's effect and the record that it was
 * applied commit in one transaction, and the message is acknowledged only after that commit. A copy
 * delivered again (redelivery, a duplicate in the stream, another replica) finds its inbox row and is
 * skipped. A failing event is retried with backoff and, after its last delivery, kept as a dead letter
 * before it is terminated in the stream, so every event ends either applied once or kept.
 */
export class EventConsumer {
  private readonly handlers = new Map<string, EventHandler>();
  private readonly maxDeliver: number;
  private readonly backoffMs: number[];
  private stopping = false;
  private messages?: ConsumerMessages;
  private running?: Promise<void>;
  private lagTimer?: NodeJS.Timeout;

  constructor(
    private readonly options: EventConsumerOptions,
    private readonly deps: EventConsumerDeps,
  ) {
    for (const h of options.handlers) this.handlers.set(h.event.type, h);
    this.maxDeliver = options.maxDeliver ?? 8;
    this.backoffMs = options.backoffMs ?? [1_000, 5_000, 30_000, 120_000, 600_000];
  }

  get name(): string {
    return this.options.name;
  }

  get durableName(): string {
    return this.deps.names.durable(this.options.name);
  }

  start(): void {
    if (this.running) return;
    this.stopping = false;
    this.running = this.run();
  }

  /** Stops pulling, finishes the event in hand, then returns; unacknowledged events are redelivered later. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearInterval(this.lagTimer);
    await this.messages?.close();
    await this.running;
    this.running = undefined;
  }

  /** Creates or updates the durable consumer on the server. */
  async ensureConsumer(): Promise<void> {
    const { names } = this.deps;
    const jsm = await jetstreamManager(this.deps.connection);
    const stream = names.stream(this.options.stream);
    const ackWaitMs = this.options.ackWaitMs ?? 30_000;
    const config: Partial<ConsumerConfig> = {
      durable_name: this.durableName,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      filter_subject: names.subject(this.options.filterSubject),
      // Unlimited: the server never drops an event we have neither applied nor kept (see maxDeliver).
      max_deliver: -1,
      // A delivery nobody answers (the process died) comes back after ack_wait. No server-side
      // backoff: the server (2.9) refuses one without a finite max_deliver; failures back off by nak.
      ack_wait: nanos(ackWaitMs),
      backoff: undefined,
      max_ack_pending: 1_000,
    };
    try {
      await jsm.consumers.info(stream, this.durableName);
      await jsm.consumers.update(stream, this.durableName, config);
    } catch (error) {
      if (!/consumer not found/i.test(String(error))) throw error;
      await jsm.consumers.add(stream, config);
    }
  }

  /**
   * An operator's replay of a dead letter: applies the event now, through the inbox (once at most)
   * and regardless of order, running `resolve` in the same transaction (it marks the letter replayed).
   * Throws a DomainError when the message cannot be read or the handler still fails.
   */
  async replay(
    payload: string,
    resolve: (em: EntityManager) => Promise<void>,
  ): Promise<'applied' | 'duplicate'> {
    let read: ReadEvent;
    try {
      read = this.read(payload);
    } catch (error) {
      throw new DomainError('BUSINESS_RULE_VIOLATED', `该事件无法重放：${(error as Error).message}`);
    }
    try {
      const outcome = await CallContext.run(
        { correlationId: read.event.correlationid, causationId: read.event.id },
        () => this.applyOnce(read, { force: true, resolve }),
      );
      this.deps.metrics.eventsConsumed.inc({ consumer: this.options.name, outcome });
      return outcome as 'applied' | 'duplicate';
    } catch (error) {
      if (error instanceof DomainError) throw error;
      throw new DomainError('BUSINESS_RULE_VIOLATED', `重放失败：${describe(error)}`);
    }
  }

  private async run(): Promise<void> {
    const { logger } = this.deps;
    let warned = false;
    while (!this.stopping) {
      try {
        await this.ensureConsumer();
        const consumer = await jetstream(this.deps.connection).consumers.get(
          this.deps.names.stream(this.options.stream),
          this.durableName,
        );
        // A stop that came while the consumer was being set up found nothing to close: honour it
        // here, or the loop below would wait for messages after the process closed its database.
        if (this.stopping) break;
        this.watchLag(() => consumer.info(true).then((i) => i.num_pending + i.num_ack_pending));
        this.messages = await consumer.consume({ max_messages: this.options.batch ?? 64 });
        if (this.stopping) {
          clearInterval(this.lagTimer);
          await this.messages.close();
          break;
        }
        warned = false;
        for await (const batch of batchesOf(this.messages, this.options.batch ?? 64)) {
          await this.processBatch(batch);
          if (this.stopping) break;
        }
      } catch (error) {
        if (this.stopping) break;
        // Stop the old pull before a new one starts: it would hold deliveries nobody handles.
        clearInterval(this.lagTimer);
        await this.messages?.close().catch(() => undefined);
        if (!warned)
          logger.warn({ err: error, consumer: this.options.name }, 'event consumer not running; retrying');
        warned = true;
        await new Promise((resolve) => setTimeout(resolve, 2_000).unref());
      }
    }
  }

  /**
   * Handles deliveries that arrived together. Consecutive readable events of one company are applied
   * in one transaction, each handler's changes flushed before the next runs, and acknowledged after
   * its commit. Should anything in it fail (a handler, an event awaiting its predecessor, the
   * database), the transaction is rolled back and its deliveries are handled one by one, as `process`
   * does, so a failing event is retried, waits or becomes a dead letter alone.
   */
  private async processBatch(messages: JsMsg[]): Promise<void> {
    let run: { message: JsMsg; read: ReadEvent }[] = [];
    for (const message of messages) {
      let read: ReadEvent | undefined;
      try {
        read = this.read(message.string());
      } catch {
        // Unreadable: `process` keeps it as a dead letter, in its turn.
      }
      if (read && (run.length === 0 || run[0]?.read.event.companyid === read.event.companyid)) {
        run.push({ message, read });
        continue;
      }
      await this.applyTogether(run);
      run = [];
      if (read) run.push({ message, read });
      else await this.process(message);
    }
    await this.applyTogether(run);
  }

  private async applyTogether(run: { message: JsMsg; read: ReadEvent }[]): Promise<void> {
    const [head] = run;
    if (!head) return;
    if (run.length === 1) {
      await this.process(head.message);
      return;
    }
    const { metrics } = this.deps;
    const consumer = this.options.name;
    let outcomes: ('applied' | 'duplicate')[];
    // The event being applied when the transaction failed; none when the failure was not one event's.
    let failing: number | undefined;
    try {
      const em = this.deps.orm.em.fork() as EntityManager;
      em.setFilterParams(TENANT_FILTER, { companyId: head.read.event.companyid });
      outcomes = await em.transactional(async (tx) => {
        const firsts = await this.recordInInbox(
          tx,
          run.map(({ read }) => read.event),
        );
        const applied: ('applied' | 'duplicate')[] = [];
        for (const [index, { message, read }] of run.entries()) {
          failing = index;
          await this.deps.beforeHandle?.(read.event, message.info.deliveryCount);
          applied.push(
            await CallContext.run(
              { correlationId: read.event.correlationid, causationId: read.event.id },
              () => this.applyIn(tx, read, firsts[index] ?? false),
            ),
          );
          // The next event's handler reads what this one wrote.
          await tx.flush();
        }
        failing = undefined;
        return applied;
      });
    } catch (error) {
      metrics.eventBatchesSplit.inc({ consumer });
      const at: number | undefined = failing;
      const culprit = at === undefined ? undefined : run[at];
      if (at === undefined || !culprit) {
        // The inbox, the commit or the database: each event tries alone.
        for (const { message } of run) await this.process(message);
        return;
      }
      // This try was the failing event's delivery: it waits or backs off as alone, without a second
      // run of its handler; the events around it are applied again without it.
      await this.applyTogether(run.slice(0, at));
      const { message, read } = culprit;
      const outcome =
        error instanceof AwaitingPredecessor
          ? await this.putBack(message, read.event)
          : await this.failed(message, read.event, error);
      metrics.eventsConsumed.inc({ consumer, outcome });
      await this.applyTogether(run.slice(at + 1));
      return;
    }
    metrics.eventTransactions.inc({ consumer });
    for (const [index, { message }] of run.entries()) {
      message.ack();
      metrics.eventsConsumed.inc({ consumer, outcome: outcomes[index] ?? 'applied' });
    }
  }

  /** Handles one delivery; exposed for tests that drive deliveries themselves. */
  async process(message: JsMsg): Promise<DeliveryOutcome> {
    const outcome = await this.deliver(message);
    this.deps.metrics.eventsConsumed.inc({ consumer: this.options.name, outcome });
    return outcome;
  }

  private async deliver(message: JsMsg): Promise<DeliveryOutcome> {
    const raw = message.string();
    let read: ReadEvent;
    try {
      read = this.read(raw);
    } catch (error) {
      // Unreadable now means unreadable on every delivery: keep it at once.
      return this.deadLetter(message, raw, undefined, (error as Error).message);
    }
    const { event } = read;
    try {
      await this.deps.beforeHandle?.(event, message.info.deliveryCount);
      const outcome = await CallContext.run(
        { correlationId: event.correlationid, causationId: event.id },
        () => this.applyOnce(read),
      );
      if (outcome !== 'waiting') {
        message.ack();
        return outcome;
      }
      return await this.putBack(message, event);
    } catch (error) {
      return this.failed(message, event, error);
    }
  }

  /** An event whose predecessor is not applied yet: delivered again later, or kept after the last try. */
  private async putBack(message: JsMsg, event: CloudEvent<object>): Promise<DeliveryOutcome> {
    const deliveries = message.info.deliveryCount;
    this.deps.metrics.orderWaits.inc({ consumer: this.options.name });
    if (deliveries >= this.maxDeliver) {
      return this.deadLetter(
        message,
        message.string(),
        event,
        `predecessor of version ${event.aggregateversion} of ${event.subject} was never applied`,
      );
    }
    message.nak(this.delayAfter(deliveries));
    return 'waiting';
  }

  /** An event whose handling failed: retried after a backoff, or kept after its last delivery. */
  private async failed(message: JsMsg, event: CloudEvent<object>, error: unknown): Promise<DeliveryOutcome> {
    const deliveries = message.info.deliveryCount;
    if (deliveries >= this.maxDeliver)
      return this.deadLetter(message, message.string(), event, describe(error));
    this.deps.logger.warn({ err: error, eventId: event.id, deliveries }, 'event handling failed; will retry');
    message.nak(this.delayAfter(deliveries));
    return 'failed';
  }

  private read(raw: string): ReadEvent {
    let envelope: unknown;
    try {
      envelope = JSON.parse(raw);
    } catch {
      throw new Unreadable('not JSON');
    }
    if (!isCloudEvent(envelope)) throw new Unreadable('not a CloudEvents envelope');
    const handler = this.handlers.get(envelope.type);
    if (!handler) throw new Unreadable(`no handler for event type ${envelope.type}`);
    const data = validatePayload(handler.event.data, envelope.data, 'lenient');
    if (!data.ok) throw new Unreadable(`invalid data: ${JSON.stringify(data.errors)}`);
    return { event: { ...envelope, data: data.value }, handler };
  }

  private async applyOnce(
    read: ReadEvent,
    replay?: { force: true; resolve: (em: EntityManager) => Promise<void> },
  ): Promise<DeliveryOutcome> {
    const em = this.deps.orm.em.fork() as EntityManager;
    em.setFilterParams(TENANT_FILTER, { companyId: read.event.companyid });
    try {
      const outcome = await em.transactional(async (tx): Promise<DeliveryOutcome> => {
        if (replay) await releaseDeadLetterClaim(tx, this.options.name, read.event.id);
        const [first = false] = await this.recordInInbox(tx, [read.event]);
        const applied = await this.applyIn(tx, read, first, replay?.force);
        await replay?.resolve(tx);
        return applied;
      });
      this.deps.metrics.eventTransactions.inc({ consumer: this.options.name });
      return outcome;
    } catch (error) {
      if (error instanceof AwaitingPredecessor) return 'waiting';
      throw error;
    }
  }

  /**
   * Records the events in the inbox in one statement; per event, whether this is its first copy
   * (false for one applied before, and for a second copy of an event earlier in the same list).
   */
  private async recordInInbox(tx: EntityManager, events: CloudEvent<object>[]): Promise<boolean[]> {
    // In id order: two replicas recording overlapping events then wait for each other, not deadlock.
    const byId = [...events].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const rows = await insertRows<{ event_id: string }>(
      tx,
      'inbox_message',
      { consumer: 'text', event_id: 'text', event_type: 'text' },
      byId.map((event) => [this.options.name, event.id, event.type]),
      'on conflict do nothing returning event_id',
    );
    const fresh = new Set(rows.map((row) => row.event_id));
    return events.map((event) => fresh.delete(event.id));
  }

  /** Applies an event inside the consumer's transaction, once: in order when the consumer is ordered. */
  private async applyIn(
    tx: EntityManager,
    { event, handler }: ReadEvent,
    firstCopy: boolean,
    force?: boolean,
  ): Promise<'applied' | 'duplicate'> {
    const due =
      firstCopy &&
      (!this.options.ordered ||
        event.aggregateversion === undefined ||
        (await advancePosition(tx, this.options.name, event.subject, event.aggregateversion, force)));
    if (due) await handler.handle(event, tx);
    return due ? 'applied' : 'duplicate';
  }

  private async deadLetter(
    message: JsMsg,
    payload: string,
    event: CloudEvent<object> | undefined,
    error: string,
  ): Promise<DeliveryOutcome> {
    const { orm, logger, metrics } = this.deps;
    let kept: boolean;
    try {
      kept = await (orm.em.fork() as EntityManager).transactional(async (tx) => {
        // The event's inbox row is the letter's claim. Another delivery of it (redelivered while this
        // one waited on a dead database) may have applied it meanwhile: then it is done, not a letter.
        // Claimed here, no later delivery applies it either; a replay releases the claim.
        if (event) {
          const [claimed = false] = await this.recordInInbox(tx, [event]);
          if (!claimed) return false;
        }
        await recordDeadLetter(tx, {
          consumer: this.options.name,
          subject: this.deps.names.unprefixed(message.subject),
          streamSeq: message.seq,
          payload,
          error,
          deliveries: message.info.deliveryCount,
          eventId: event?.id,
          eventType: event?.type,
          companyId: event?.companyid,
        });
        return true;
      });
    } catch (dbError) {
      // Without the record the event must not be dropped: the server redelivers it (no limit there).
      logger.error(
        { err: dbError, eventId: event?.id },
        'could not record a dead letter; the event stays in the stream',
      );
      message.nak(this.delayAfter(message.info.deliveryCount));
      return 'failed';
    }
    if (!kept) {
      message.ack();
      return 'duplicate';
    }
    // No reason string: the local nats-server (2.9) predates `term` reasons.
    message.term();
    metrics.deadLetters.inc({ consumer: this.options.name });
    logger.error(
      { eventId: event?.id, subject: message.subject, error, deliveries: message.info.deliveryCount },
      'event dead-lettered',
    );
    return 'dead-lettered';
  }

  private delayAfter(deliveries: number): number {
    return this.backoffMs[Math.min(deliveries - 1, this.backoffMs.length - 1)] ?? 0;
  }

  private watchLag(read: () => Promise<number>): void {
    clearInterval(this.lagTimer);
    const update = (): void => {
      read()
        .then((pending) => this.deps.metrics.consumerLag.set({ consumer: this.options.name }, pending))
        .catch(() => undefined);
    };
    update();
    this.lagTimer = setInterval(update, 5_000);
    this.lagTimer.unref();
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
