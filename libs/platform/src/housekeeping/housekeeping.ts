import type pg from 'pg';
import type { Logger } from 'pino';
import type { Metrics } from '../metrics/metrics.js';

export interface Retention {
  /** Published outbox rows: kept so a range can be re-published after an incident. */
  outboxDays: number;
  /** Inbox rows: longer than the stream keeps events, so no redelivery or replay outlives its row. */
  inboxDays: number;
  /** Stored responses to Idempotency-Keys: far longer than any client retries. */
  idempotencyDays: number;
}

export interface HousekeepingOptions {
  pool: pg.Pool;
  logger: Logger;
  metrics: Metrics;
  retention: Retention;
  /** How often the gauges are refreshed. */
  metricsIntervalMs?: number;
  /** How often old rows are pruned. */
  pruneIntervalMs?: number;
  /** Rows deleted per statement: short statements, short locks, no long transaction. */
  pruneBatch?: number;
}

interface PruneTarget {
  table: string;
  /** The rows past retention; `$1` is the number of days. */
  where: string;
  days: keyof Retention;
}

const PRUNED: PruneTarget[] = [
  {
    table: 'outbox_message',
    where: `status = 'sent' and sent_at < now() - make_interval(days => $1)`,
    days: 'outboxDays',
  },
  { table: 'inbox_message', where: `processed_at < now() - make_interval(days => $1)`, days: 'inboxDays' },
  {
    table: 'idempotency_record',
    where: `created_at < now() - make_interval(days => $1)`,
    days: 'idempotencyDays',
  },
];

/**
 * The platform tables' upkeep in every service: the gauges operators alert on (backlog, oldest
 * unpublished event, open dead letters) and the pruning of rows past their retention, in batches.
 */
export class Housekeeping {
  private metricsTimer?: NodeJS.Timeout;
  private pruneTimer?: NodeJS.Timeout;
  private busy?: Promise<void>;

  constructor(private readonly options: HousekeepingOptions) {}

  start(): void {
    const { metricsIntervalMs = 15_000, pruneIntervalMs = 3_600_000 } = this.options;
    const run = (work: () => Promise<unknown>, what: string) => () => {
      if (this.busy) return;
      this.busy = work()
        .then(() => undefined)
        .catch((err: unknown) => this.options.logger.warn({ err }, `housekeeping: ${what} failed`))
        .finally(() => (this.busy = undefined));
    };
    run(() => this.refreshMetrics(), 'metrics')();
    this.metricsTimer = setInterval(
      run(() => this.refreshMetrics(), 'metrics'),
      metricsIntervalMs,
    );
    this.pruneTimer = setInterval(
      run(() => this.prune(), 'pruning'),
      pruneIntervalMs,
    );
    this.metricsTimer.unref();
    this.pruneTimer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.metricsTimer);
    clearInterval(this.pruneTimer);
    await this.busy;
  }

  async refreshMetrics(): Promise<void> {
    const { pool, metrics } = this.options;
    const { rows } = await pool.query<{
      pending: string;
      parked: string;
      oldest: number | null;
      open: string;
    }>(
      `select (select count(*) from outbox_message where status = 'pending') as pending,
              (select count(*) from outbox_message where status = 'parked') as parked,
              (select extract(epoch from now() - created_at)::float8 from outbox_message
                where status = 'pending' order by seq limit 1) as oldest,
              (select count(*) from dead_letter where status = 'open') as open`,
    );
    const [row] = rows;
    if (!row) return;
    metrics.outboxBacklog.set({ status: 'pending' }, Number(row.pending));
    metrics.outboxBacklog.set({ status: 'parked' }, Number(row.parked));
    metrics.outboxOldestPendingSeconds.set(row.oldest ?? 0);
    metrics.deadLettersOpen.set(Number(row.open));
  }

  /** Deletes every row past its retention; returns how many per table. */
  async prune(): Promise<Record<string, number>> {
    const { pool, metrics, retention, pruneBatch = 1_000 } = this.options;
    const pruned: Record<string, number> = {};
    for (const target of PRUNED) {
      let total = 0;
      for (;;) {
        const { rowCount } = await pool.query(
          `delete from ${target.table} where ctid = any(array(
             select ctid from ${target.table} where ${target.where} limit ${pruneBatch}))`,
          [retention[target.days]],
        );
        total += rowCount ?? 0;
        if ((rowCount ?? 0) < pruneBatch) break;
      }
      pruned[target.table] = total;
      if (total > 0) metrics.rowsPruned.inc({ table: target.table }, total);
    }
    return pruned;
  }
}
