import { headers as natsHeaders } from '@nats-io/nats-core';
import type { JetStreamClient } from '@nats-io/jetstream';
import pg from 'pg';
import type { Logger } from 'pino';
import { BusHeader } from '../bus/bus-headers.js';
import type { BusNames } from '../bus/bus-names.js';
import type { Metrics } from '../metrics/metrics.js';
import { OUTBOX_CHANNEL } from './outbox-channel.js';
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
  names: BusNames;
  logger: Logger;
  metrics?: Metrics;
  batchSize?: number;
  /** Polling interval: the fallback when a notification is lost or the LISTEN connection is down. */
  pollIntervalMs?: number;
  /** Attempts after which a failing event is parked for an operator. */
  maxAttempts?: number;
  publishTimeoutMs?: number;
  retentionDays?: number;
  hooks?: OutboxRelayHooks;
}

interface ClaimedRow {
  id: string;
  subject: string;
  envelope: { type?: string; correlationid?: string };
  attempts: number;
}

/*
 * Claims the oldest unsent event of each aggregate. An aggregate's later events wait while an earlier
 * one is unsent (pending, in backoff, being published by another relay, or parked), which keeps
 * per-aggregate order across relays. Rows are claimed by status, never by "id above the last seen":
 * ids are taken in one order and committed in another.
 */
const CLAIM_SQL = `
  select o.id, o.subject, o.envelope, o.attempts
    from outbox_message o
   where o.status = 'pending'
     and o.next_attempt_at <= now()
     and not exists (
       select 1 from outbox_message p
        where p.aggregate_id = o.aggregate_id and p.status <> 'sent' and p.seq < o.seq)
   order by o.seq
   limit $1
   for update of o skip locked`;

/**
 * Publishes outbox events to JetStream. At-least-once: an event is marked sent only after its PubAck;
 * a crash in between republishes it with the same `Nats-Msg-Id`, which the stream acknowledges as a
 * duplicate (counted as success), and consumers' inboxes drop any copy that still gets through.
 */
export class OutboxRelay {
  private readonly signal = new WakeSignal();
  private stopping = false;
  private loop?: Promise<void>;
  private listener?: pg.Client;
  private listenerRetry?: NodeJS.Timeout;
  private lastHousekeeping = 0;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly maxAttempts: number;
  private readonly publishTimeoutMs: number;

  constructor(private readonly options: OutboxRelayOptions) {
    this.batchSize = options.batchSize ?? 100;
    this.pollIntervalMs = options.pollIntervalMs ?? 1_000;
    this.maxAttempts = options.maxAttempts ?? 12;
    this.publishTimeoutMs = options.publishTimeoutMs ?? 5_000;
  }

  start(): void {
    if (this.loop) return;
    this.stopping = false;
    void this.listen();
    this.loop = this.run();
  }

  /** Finishes the batch in progress, then stops. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.signal.notify();
    clearTimeout(this.listenerRetry);
    await this.loop;
    this.loop = undefined;
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
    const client = await this.options.pool.connect();
    try {
      await client.query('begin');
      const { rows } = await client.query<ClaimedRow>(CLAIM_SQL, [this.batchSize]);
      if (rows.length === 0) {
        await client.query('commit');
        return 0;
      }
      const outcomes = await Promise.all(rows.map((row) => this.publish(row)));
      const sent = rows.filter((_, i) => outcomes[i] === undefined).map((r) => r.id);
      await this.options.hooks?.afterPublish?.(sent);
      if (sent.length > 0) {
        await client.query(
          `update outbox_message set status = 'sent', sent_at = now(), attempts = attempts + 1, last_error = null
            where id = any($1::uuid[])`,
          [sent],
        );
      }
      for (const [i, row] of rows.entries()) {
        const failure = outcomes[i];
        if (failure !== undefined) await this.recordFailure(client, row, failure);
      }
      await client.query('commit');
      await this.options.hooks?.afterMark?.(sent);
      return rows.length;
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.release();
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
      let handled = 0;
      try {
        handled = await this.relayBatch();
        failures = 0;
        await this.housekeeping();
      } catch (error) {
        failures++;
        this.options.logger.error({ err: error }, 'outbox relay round failed');
      }
      if (this.stopping) break;
      if (handled === 0 || failures > 0) {
        await this.signal.wait(
          failures > 0 ? Math.min(this.pollIntervalMs * 2 ** failures, 30_000) : this.pollIntervalMs,
        );
      }
    }
  }

  /** Returns undefined when the stream stored the event (or already had it), else the error. */
  private async publish(row: ClaimedRow): Promise<string | undefined> {
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
      return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    }
  }

  private async recordFailure(client: pg.PoolClient, row: ClaimedRow, error: string): Promise<void> {
    const attempts = row.attempts + 1;
    const parked = attempts >= this.maxAttempts;
    const delaySeconds = Math.min(2 ** attempts, 300);
    await client.query(
      `update outbox_message
          set attempts = $2, last_error = $3, status = $4,
              next_attempt_at = now() + make_interval(secs => $5)
        where id = $1`,
      [row.id, attempts, error.slice(0, 2000), parked ? 'parked' : 'pending', delaySeconds],
    );
    const log = { eventId: row.id, subject: row.subject, attempts, error };
    if (parked) this.options.logger.error(log, 'outbox event parked after repeated failures');
    else this.options.logger.warn(log, 'outbox event publish failed; will retry');
  }

  /** Backlog metrics on every idle round; pruning of old published rows once an hour. */
  private async housekeeping(): Promise<void> {
    const { pool, metrics, retentionDays } = this.options;
    if (metrics) {
      const { rows } = await pool.query<{ status: string; n: string }>(
        `select status, count(*) as n from outbox_message where status <> 'sent' group by status`,
      );
      metrics.outboxBacklog.set(
        { status: 'pending' },
        Number(rows.find((r) => r.status === 'pending')?.n ?? 0),
      );
      metrics.outboxBacklog.set(
        { status: 'parked' },
        Number(rows.find((r) => r.status === 'parked')?.n ?? 0),
      );
    }
    if (retentionDays && Date.now() - this.lastHousekeeping > 3_600_000) {
      this.lastHousekeeping = Date.now();
      await pool.query(
        `delete from outbox_message where status = 'sent' and sent_at < now() - make_interval(days => $1)`,
        [retentionDays],
      );
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
    } catch (error) {
      retry(error);
    }
  }
}
