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
import { isCloudEvent, validatePayload, type CloudEvent, type EventDefinition } from '@pcs/contracts';
import type { Logger } from 'pino';
import type { BusNames } from '../bus/bus-names.js';
import { CallContext } from '../context/call-context.js';
import { newId } from '../ids/new-id.js';
import type { Metrics } from '../metrics/metrics.js';
import { TENANT_FILTER } from '../persistence/tenant-filter.js';

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
  /** Deliveries before an event is dead-lettered. */
  maxDeliver?: number;
  /** Redelivery delays after a failed attempt, one per attempt (the last repeats). */
  backoffMs?: number[];
  ackWaitMs?: number;
  /** Messages pulled ahead of processing. */
  batch?: number;
}

export interface EventConsumerDeps {
  connection: NatsConnection;
  names: BusNames;
  orm: MikroORM;
  logger: Logger;
  metrics: Metrics;
}

type Outcome = 'applied' | 'duplicate' | 'failed' | 'dead-lettered';

/**
 * A durable pull consumer with an idempotent inbox: each event's effect and the record that it was
 * applied commit in one transaction, and the message is acknowledged only after that commit. A copy
 * delivered again (redelivery, a duplicate in the stream, another replica) finds its inbox row and is
 * skipped. A failing event is retried with backoff and, after its last delivery, kept as a dead letter.
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
      max_deliver: this.maxDeliver,
      ack_wait: nanos(ackWaitMs),
      // Redelivery after a crash (no ack at all) backs off too; the server wants fewer steps than deliveries.
      backoff: this.backoffMs.slice(0, this.maxDeliver - 1).map((ms) => nanos(Math.max(ms, ackWaitMs))),
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
        this.watchLag(() => consumer.info(true).then((i) => i.num_pending));
        this.messages = await consumer.consume({ max_messages: this.options.batch ?? 64 });
        warned = false;
        for await (const message of this.messages) {
          await this.process(message);
          if (this.stopping) break;
        }
      } catch (error) {
        if (this.stopping) break;
        if (!warned)
          logger.warn({ err: error, consumer: this.options.name }, 'event consumer not running; retrying');
        warned = true;
        await new Promise((resolve) => setTimeout(resolve, 2_000).unref());
      }
    }
  }

  /** Handles one delivery; exposed for tests that drive deliveries themselves. */
  async process(message: JsMsg): Promise<Outcome> {
    const outcome = await this.apply(message);
    this.deps.metrics.eventsConsumed.inc({ consumer: this.options.name, outcome });
    return outcome;
  }

  private async apply(message: JsMsg): Promise<Outcome> {
    const raw = message.string();
    let envelope: unknown;
    try {
      envelope = JSON.parse(raw);
    } catch {
      return this.deadLetter(message, raw, undefined, 'not JSON');
    }
    if (!isCloudEvent(envelope))
      return this.deadLetter(message, raw, undefined, 'not a CloudEvents envelope');
    const handler = this.handlers.get(envelope.type);
    if (!handler)
      return this.deadLetter(message, raw, envelope.id, `no handler for event type ${envelope.type}`);
    const data = validatePayload(handler.event.data, envelope.data, 'lenient');
    if (!data.ok) {
      return this.deadLetter(message, raw, envelope.id, `invalid data: ${JSON.stringify(data.errors)}`);
    }
    const event: CloudEvent<object> = { ...envelope, data: data.value };
    try {
      const outcome = await CallContext.run(
        { correlationId: event.correlationid, causationId: event.id },
        () => this.applyOnce(event, handler),
      );
      message.ack();
      return outcome;
    } catch (error) {
      const deliveries = message.info.deliveryCount;
      if (deliveries >= this.maxDeliver) return this.deadLetter(message, raw, event.id, describe(error));
      this.deps.logger.warn(
        { err: error, eventId: event.id, deliveries },
        'event handling failed; will retry',
      );
      message.nak(this.backoffMs[Math.min(deliveries - 1, this.backoffMs.length - 1)]);
      return 'failed';
    }
  }

  private async applyOnce(event: CloudEvent<object>, handler: EventHandler): Promise<Outcome> {
    const em = this.deps.orm.em.fork() as EntityManager;
    em.setFilterParams(TENANT_FILTER, { companyId: event.companyid });
    return em.transactional(async (tx) => {
      const inserted = await tx.execute<{ affectedRows: number }>(
        `insert into inbox_message (consumer, event_id, event_type) values (?, ?, ?) on conflict do nothing`,
        [this.options.name, event.id, event.type],
        'run',
      );
      if (inserted.affectedRows === 0) return 'duplicate';
      await handler.handle(event, tx);
      return 'applied';
    });
  }

  private async deadLetter(
    message: JsMsg,
    payload: string,
    eventId: string | undefined,
    error: string,
  ): Promise<Outcome> {
    const { orm, logger, metrics } = this.deps;
    try {
      await (orm.em.fork() as EntityManager).execute(
        `insert into dead_letter (id, consumer, event_id, subject, stream_seq, payload, error, deliveries)
         values (?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          newId(),
          this.options.name,
          eventId ?? null,
          this.deps.names.unprefixed(message.subject),
          message.seq,
          payload,
          error,
          message.info.deliveryCount,
        ],
        'run',
      );
    } catch (dbError) {
      // Without the record the event must not be dropped: leave it to be redelivered.
      logger.error(
        { err: dbError, eventId },
        'could not record a dead letter; the event stays in the stream',
      );
      message.nak(this.backoffMs.at(-1));
      return 'failed';
    }
    // No reason string: the local nats-server (2.9) predates `term` reasons.
    message.term();
    metrics.deadLetters.inc({ consumer: this.options.name });
    logger.error(
      { eventId, subject: message.subject, error, deliveries: message.info.deliveryCount },
      'event dead-lettered',
    );
    return 'dead-lettered';
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
