import { describe, expect, it } from '@jest/globals';
import type pg from 'pg';
import { usePlatform } from './support/platform-fixture.js';

/*
 * A relay round's database work must not grow with the backlog it leaves behind. A billing run writes
 * events faster than autovacuum refreshes the planner's statistics, and with statistics of a small
 * backlog PostgreSQL once planned the claim's "no earlier unsent event of this aggregate" check as a
 * join reading the whole backlog per candidate, and the sent-marking's "a later one waits" probe on
 * the pending index: each round then read every waiting event again (bench S5). Measured in blocks
 * read, not time: the same on a slow machine as on a fast one.
 */
describe('the relay claims and marks a batch with work that does not grow with the backlog', () => {
  const f = usePlatform();

  /** `count` pending events, one aggregate each, plus a few aggregates of three events each. */
  async function backlogOf(count: number, start: number): Promise<void> {
    await f.pool.query(
      `insert into outbox_message (id, subject, aggregate_id, envelope)
       select gen_random_uuid(), 'things.events.thing.happened', 'agg-' || (i / case when i % 50 = 0 then 3 else 1 end),
              jsonb_build_object('specversion', '1.0', 'id', 'e-' || i, 'source', 'claim-work-test',
                                 'type', 'thing.happened.v1', 'companyid', 'HRX', 'data', jsonb_build_object('n', i))
         from generate_series($1::int, $1::int + $2::int - 1) as i`,
      [start, count],
    );
  }

  it('reads about as many blocks per round with 8,000 events waiting as with 1,000, on statistics of a near-empty table', async () => {
    // Statistics gathered while one event waited, as when a burst starts between autovacuum's visits.
    await backlogOf(1, 1);
    await f.pool.query('analyze outbox_message');
    const reads: number[] = [];
    const relay = f.relay({ pool: countingBlocks(f.pool, reads) });

    await backlogOf(1_000, 10);
    expect(await relay.relayBatch()).toBe(100);
    const small = reads.at(-1) ?? 0;
    await backlogOf(7_000, 100_000);
    expect(await relay.relayBatch()).toBe(100);
    const large = reads.at(-1) ?? 0;

    expect(small).toBeGreaterThan(0);
    // The old plans read the whole backlog per claimed event: about 8x more here, and growing.
    expect(large).toBeLessThan(small * 1.5 + 200);
    const { rows } = await f.pool.query<{ sent: number }>(
      `select count(*)::int as sent from outbox_message where status = 'sent'`,
    );
    expect(rows[0]?.sent).toBe(200);
  });
});

/**
 * The pool, recording in `reads` the blocks of outbox_message and its indexes each relay transaction
 * read (hits and reads), just before it commits. The server's per-transaction counters also hold what
 * the connection did since they were last flushed, so the reading at `begin` is subtracted.
 */
function countingBlocks(pool: pg.Pool, reads: number[]): pg.Pool {
  const BLOCKS = `select sum(pg_stat_get_xact_blocks_fetched(c.oid))::int as blocks
                    from pg_class c
                   where c.oid = 'outbox_message'::regclass
                      or c.oid in (select indexrelid from pg_index where indrelid = 'outbox_message'::regclass)`;
  return new Proxy(pool, {
    get(target, property, receiver) {
      if (property !== 'connect') return Reflect.get(target, property, receiver) as unknown;
      return async () => {
        const client = await target.connect();
        const query = client.query.bind(client) as (...args: unknown[]) => Promise<unknown>;
        const blocks = async () =>
          ((await query(BLOCKS)) as { rows: { blocks: number }[] }).rows[0]?.blocks ?? 0;
        let atBegin = 0;
        return Object.assign(Object.create(client) as pg.PoolClient, {
          query: async (...args: unknown[]) => {
            if (args[0] === 'commit') reads.push((await blocks()) - atBegin);
            const result = await query(...args);
            if (args[0] === 'begin') atBegin = await blocks();
            return result;
          },
          release: client.release.bind(client),
        });
      };
    },
  });
}
