import { describe, expect, it } from '@jest/globals';
import { Housekeeping, Metrics } from '@pcs/platform';
import { silent, usePlatform } from './support/platform-fixture.js';
import { envelope } from './support/platform-database.js';

const retention = { outboxDays: 7, inboxDays: 120, idempotencyDays: 30 };

describe('housekeeping of the platform tables', () => {
  const f = usePlatform();

  it('prunes published events, inbox rows and stored responses past their retention, in batches, and nothing else', async () => {
    // 2,500 rows past retention in each table, and rows that must stay: recent ones, unpublished ones.
    await f.pool.query(
      `insert into inbox_message (consumer, event_id, event_type, processed_at)
       select 'c', 'old-' || i, 't', now() - interval '121 days' from generate_series(1, 2500) i
       union all select 'c', 'new-' || i, 't', now() - interval '119 days' from generate_series(1, 10) i`,
    );
    await f.pool.query(
      `insert into idempotency_record (company_id, actor_id, key, operation, request_hash, created_at)
       select 'HRX', 's1', 'old-' || i, 'op', 'h', now() - interval '31 days' from generate_series(1, 2500) i
       union all select 'HRX', 's1', 'new-' || i, 'op', 'h', now() - interval '29 days' from generate_series(1, 10) i`,
    );
    await f.pool.query(
      `insert into outbox_message (id, subject, aggregate_id, envelope, status, sent_at, created_at)
       select gen_random_uuid(), 'things.events.thing.happened', 'a' || i, $1::jsonb, 'sent',
              now() - interval '8 days', now() - interval '8 days' from generate_series(1, 2500) i
       union all select gen_random_uuid(), 'things.events.thing.happened', 'p' || i, $1::jsonb, 'pending',
              null, now() - interval '30 days' from generate_series(1, 3) i`,
      [envelope('x', 1)],
    );
    const metrics = new Metrics('test');
    const housekeeping = new Housekeeping({
      pool: f.pool,
      logger: silent,
      metrics,
      retention,
      pruneBatch: 1_000,
    });

    expect(await housekeeping.prune()).toEqual({
      outbox_message: 2500,
      inbox_message: 2500,
      idempotency_record: 2500,
    });
    const counts = await f.pool.query<{ inbox: string; keys: string; outbox: string }>(
      `select (select count(*) from inbox_message) as inbox, (select count(*) from idempotency_record) as keys,
              (select count(*) from outbox_message where status = 'pending') as outbox`,
    );
    expect(counts.rows[0]).toEqual({ inbox: '10', keys: '10', outbox: '3' });
    expect(await housekeeping.prune()).toEqual({
      outbox_message: 0,
      inbox_message: 0,
      idempotency_record: 0,
    });

    // The gauges operators alert on: the oldest unpublished event is 30 days old.
    await f.pool.query(
      `insert into dead_letter (id, consumer, subject, stream_seq, payload, error, deliveries)
       values (gen_random_uuid(), 'c', 's', 1, '{}', 'e', 8), (gen_random_uuid(), 'c', 's', 2, '{}', 'e', 8)`,
    );
    await housekeeping.refreshMetrics();
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/pcs_outbox_backlog\{status="pending",service="test"\} 3/);
    expect(text).toMatch(/pcs_dead_letters_open\{service="test"\} 2/);
    const oldest = Number(/pcs_outbox_oldest_pending_seconds\{service="test"\} ([\d.e+]+)/.exec(text)?.[1]);
    expect(oldest).toBeGreaterThan(29 * 86_400);
    expect(text).toMatch(/pcs_rows_pruned_total\{table="inbox_message",service="test"\} 2500/);
  });
});
