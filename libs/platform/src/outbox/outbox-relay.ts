import { headers as natsHeaders, type NatsConnection } from '@nats-io/nats-core';
import type { JetStreamClient } from '@nats-io/jetstream';
import pg from 'pg';
import type { Logger } from 'pino';
import { BusHeader } from '../bus/bus-headers.js';
import type { BusNames } from '../bus/bus-names.js';
import type { Metrics } from '../metrics/metrics.js';
import { OUTBOX_CHANNEL } from './outbox-channel.js';
import { isPermanentPublishFailure } from './publish-failures.js';
import { WakeSignal } from './wake-signal.js';

export { OUTBOX_CHANNEL };

export interface OutboxRelayHooks {
  /** Called after the claimed events were published and before they are marked sent (tests kill here). */
  afterPublish?(ids: string[]): Promise<void>;
  /** Called after the claim transaction that marked them sent committed. */
  afterMark?(ids: string[]): Promise<void>;
}

export interface OutboxRelayOptions {
  /** Used for the claim transactions. */
  pool: pg.Pool;
  /** Used for a dedicated LISTEN connection. */
  connectionString: string;
  js: JetStreamClient;
  /**
   * The connection `js` publishes on: while it is down the relay does not try, and when it comes
   * back every waiting event is due at once (no backoff left over from the outage).
   */
  connection?: NatsConnection;
  names: BusNames;
  logger: Logger;
  metrics?: Metrics;
  batchSize?: number;
  /** Polling interval: the fallback when a notification is lost or the LISTEN connection is down. */
  pollIntervalMs?: number;
  /** Longest wait between two attempts at an event that failed for a passing reason. */
  maxRetryDelayMs?: number;
  publishTimeoutMs?: number;
  /** How long `stop` goes on publishing what committed before it; 5 s by default. */
  finalDrainMs?: number;
  hooks?: OutboxRelayHooks;
}

interface ClaimedRow {
  id: string;
  subject: string;
  envelope: { type?: string; correlationid?: string };
  attempts: number;
}

interface PublishFailure {
  error: string;
  permanent: boolean;
}

/*
 * Claims the oldest unsent event of each aggregate. An aggregate's later events wait while an earlier
 * one is unsent (pending, in backoff, being published by another relay, or parked; not once an
 * operator skipped it), which keeps per-aggregate order across relays. Rows are claimed by status,
 * never by "id above the last seen": ids are taken in one order and committed in another.
 *
 * `offset 0` keeps the earlier-event check a subplan run per candidate on the aggregate index, one
 * probe each. Without it PostgreSQL may turn it into a join, and with statistics taken when the backlog
 * was small (a billing run writes 100,000 events in a minute, faster than autovacuum looks) it chose a
 * join that read the whole backlog for every candidate: each claim cost grew with the backlog (bench S5).
 */
const CLAIM_SQL = `
  select o.id, o.subject, o.envelope, o.attempts
    from outbox_message o
   where o.status = 'pending'
     and o.next_attempt_at <= now()
     and not exists (
       select 1 from outbox_message p
        where p.aggregate_id = o.aggregate_id and p.status <> 'sent' and p.status <> 'skipped'
          and p.seq < o.seq
       offset 0)
   order by o.seq
   limit $1
   for update of o skip locked`;

/*
 * Marks the published events sent, and tells whether one of their aggregates has a later unsent event
 * (the claim's condition, so that the probe can only use the aggregate index: on `status = 'pending'`
 * PostgreSQL could pick the pending index and read every later pending event of the backlog per row).
 * A later parked event also counts: it costs one claim that finds nothing, where missing a waiting
 * event would leave it to the poll.
 */
const MARK_SENT_SQL = `
  update outbox_message m
     set status = 'sent', sent_at = now(), attempts = attempts + 1, last_error = null
   where id = any($1::uuid[])
  returning exists (select 1 from outbox_message p
                     where p.aggregate_id = m.aggregate_id and p.status <> 'sent' and p.status <> 'skipped'
                       and p.seq > m.seq)
            as next`;

/**
 * Publishes outbox events to JetStream. At-least-once: an event is marked sent only after its PubAck;
 * a crash in between republishes it with the same `Nats-Msg-Id`, which the stream acknowledges as a
 * duplicate (counted as success), and consumers' inboxes drop any copy that still gets through.
 * Outages (NATS, JetStream, the database) are waited out, however long: only an event the stream can
 * never accept is parked for an operator.
 */
export class OutboxRelay {
  private readonly signal = new WakeSignal();
  private stopping = false;
  private loop?: Promise<void>;
  private listener?: pg.Client;
  private listenerRetry?: NodeJS.Timeout;
  private busDown = false;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly maxRetryDelayMs: number;
  private readonly publishTimeoutMs: number;
  private readonly finalDrainMs: number;

  constructor(private readonly options: OutboxRelayOptions) {
    this.batchSize = options.batchSize ?? 100;
    this.pollIntervalMs = options.pollIntervalMs ?? 1_000;
    this.maxRetryDelayMs = options.maxRetryDelayMs ?? 30_000;
    this.publishTimeoutMs = options.publishTimeoutMs ?? 5_000;
    this.finalDrainMs = options.finalDrainMs ?? 5_000;
  }

  start(): void {
    if (this.loop) return;
    this.stopping = false;
    void this.listen();
    void this.watchBus();
    this.loop = this.run();
  }

  /**
   * Finishes the batch in progress, publishes what committed before the stop, then stops. The service
   * stops taking requests first, so a graceful stop leaves the stream holding every event of what it
   * acknowledged; a round that claimed just before the last commit would otherwise leave that event
   * for the next start. Bounded: with the bus or the database down, the outbox keeps it, as ever.
   */
  async stop(): Promise<void> {
    this.stopping = true;
    this.signal.notify();
    clearTimeout(this.listenerRetry);
    const running = this.loop !== undefined;
    await this.loop;
    this.loop = undefined;
    if (running) await this.finalDrain();
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
  }

  /** Wakes the relay now (e.g. after a local commit) instead of at the next poll. */
  wake(): void {
    this.signal.notify();
  }

  /** One claim-publish-mark round; returns how many events it handled. */
  async relayBatch(): Promise<number> {
    return (await this.relayRound()).handled;
  }

  /**
   * One claim-publish-mark round: how many events it handled, and whether more may be claimable at
   * once: a full batch, or a sent event whose aggregate has a later one waiting (it became claimable
   * only now, and its commit's notification has already been spent).
   */
  private async relayRound(): Promise<{ handled: number; more: boolean }> {
    // Nothing to gain from timing out on a connection that is down; its return wakes the relay.
    if (this.busDown) return { handled: 0, more: false };
    const client = await this.options.pool.connect();
    try {
      await client.query('begin');
      const { rows } = await client.query<ClaimedRow>(CLAIM_SQL, [this.batchSize]);
      if (rows.length === 0) {
        await client.query('commit');
        return { handled: 0, more: false };
      }
      const outcomes = await Promise.all(rows.map((row) => this.publish(row)));
      const sent = rows.filter((_, i) => outcomes[i] === undefined).map((r) => r.id);
      await this.options.hooks?.afterPublish?.(sent);
      let successorWaiting = false;
      if (sent.length > 0) {
        const marked = await client.query<{ next: boolean }>(MARK_SENT_SQL, [sent]);
        successorWaiting = marked.rows.some((r) => r.next);
      }
      for (const [i, row] of rows.entries()) {
        const failure = outcomes[i];
        if (failure !== undefined) await this.recordFailure(client, row, failure);
      }
      await client.query('commit');
      await this.options.hooks?.afterMark?.(sent);
      return { handled: rows.length, more: rows.length === this.batchSize || successorWaiting };
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** Rounds until nothing is left to claim, for at most `finalDrainMs`. */
  private async finalDrain(): Promise<void> {
    const deadline = performance.now() + this.finalDrainMs;
    try {
      while (performance.now() < deadline) {
        const { handled, more } = await this.relayRound();
        if (handled === 0 && !more) return;
      }
    } catch (error) {
      this.options.logger.warn({ err: error }, 'outbox relay stopped with events left for the next start');
    }
  }

  /** Publishes everything publishable now; returns the number of events handled. */
  async drain(): Promise<number> {
    let total = 0;
    for (let n = await this.relayBatch(); n > 0; n = await this.relayBatch()) total += n;
    return total;
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopping) {
      let more = false;
      try {
        ({ more } = await this.relayRound());
        failures = 0;
      } catch (error) {
        failures++;
        this.options.logger.error({ err: error }, 'outbox relay round failed');
      }
      if (this.stopping) break;
      // Not another claim that would find nothing: the next commit's notification (or the poll, if
      // one is lost) wakes the relay, and one that came during this round wakes it at once. With one
      // registration at a time, an empty claim after every round was a third of the relay's statements.
      if (!more || failures > 0) {
        await this.signal.wait(
          failures > 0
            ? Math.min(this.pollIntervalMs * 2 ** failures, this.maxRetryDelayMs)
            : this.pollIntervalMs,
        );
      }
    }
  }

  /** Returns undefined when the stream stored the event (or already had it), else the failure. */
  private async publish(row: ClaimedRow): Promise<PublishFailure | undefined> {
    const h = natsHeaders();
    if (row.envelope.correlationid) h.set(BusHeader.correlationId, row.envelope.correlationid);
    if (row.envelope.type) h.set('Ce-Type', row.envelope.type);
    try {
      // A duplicate PubAck means an earlier attempt got through: that is success.
      await this.options.js.publish(this.options.names.subject(row.subject), JSON.stringify(row.envelope), {
        msgID: row.id,
        headers: h,
        timeout: this.publishTimeoutMs,
      });
      this.options.metrics?.outboxPublished.inc();
      return undefined;
    } catch (error) {
      this.options.metrics?.outboxFailures.inc();
      return {
        error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        permanent: isPermanentPublishFailure(error),
      };
    }
  }

  /**
   * A permanent failure parks the event at once (retrying cannot help); any other is retried without
   * limit, backing off up to `maxRetryDelayMs`.
   */
  private async recordFailure(
    client: pg.PoolClient,
    row: ClaimedRow,
    failure: PublishFailure,
  ): Promise<void> {
    const attempts = row.attempts + 1;
    const delayMs = Math.min(1_000 * 2 ** Math.min(attempts, 20), this.maxRetryDelayMs);
    await client.query(
      `update outbox_message
          set attempts = $2, last_error = $3, status = $4,
              next_attempt_at = now() + make_interval(secs => $5)
        where id = $1`,
      [
        row.id,
        attempts,
        failure.error.slice(0, 2000),
        failure.permanent ? 'parked' : 'pending',
        delayMs / 1000,
      ],
    );
    const log = { eventId: row.id, subject: row.subject, attempts, error: failure.error };
    if (failure.permanent) this.options.logger.error(log, 'outbox event parked: the stream cannot accept it');
    else this.options.logger.warn(log, 'outbox event publish failed; will retry');
  }

  /** Makes every waiting event due now (after an outage ends). */
  async retryWaitingNow(): Promise<void> {
    await this.options.pool.query(
      `update outbox_message set next_attempt_at = now() where status = 'pending' and next_attempt_at > now()`,
    );
    this.signal.notify();
  }

  private async watchBus(): Promise<void> {
    const { connection, logger } = this.options;
    if (!connection) return;
    for await (const status of connection.status()) {
      if (this.stopping) break;
      if (status.type === 'disconnect') {
        this.busDown = true;
      } else if (status.type === 'reconnect') {
        this.busDown = false;
        await this.retryWaitingNow().catch((err: unknown) =>
          logger.warn({ err }, 'could not make waiting outbox events due after NATS came back'),
        );
      }
    }
  }

  private async listen(): Promise<void> {
    if (this.stopping) return;
    const client = new pg.Client({ connectionString: this.options.connectionString });
    const retry = (error?: unknown): void => {
      if (this.stopping || this.listener !== client) return;
      this.listener = undefined;
      if (error)
        this.options.logger.warn({ err: error }, 'outbox LISTEN connection lost; polling until it is back');
      client.end().catch(() => undefined);
      this.listenerRetry = setTimeout(() => void this.listen(), 2_000);
      this.listenerRetry.unref();
    };
    this.listener = client;
    client.on('notification', () => this.signal.notify());
    client.on('error', retry);
    client.on('end', () => retry());
    try {
      await client.connect();
      await client.query(`listen ${OUTBOX_CHANNEL}`);
      // Commits made while nobody listened sent their notifications to no one.
      this.signal.notify();
    } catch (error) {
      retry(error);
    }
  }
}
