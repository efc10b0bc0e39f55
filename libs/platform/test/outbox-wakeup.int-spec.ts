import { describe, expect, it } from '@jest/globals';
import type pg from 'pg';
import { Housekeeping, Metrics } from '@pcs/platform';
import { eventually } from '@pcs/testing';
import { envelope, produce } from './support/platform-database.js';
import { silent, usePlatform } from './support/platform-fixture.js';

describe('the relay wakes on commit', () => {
  const f = usePlatform();

  it('publishes a committed event at once through LISTEN/NOTIFY, not at the next poll; the backlog gauge says so', async () => {
    const metrics = new Metrics('test');
    // Polling once an hour: anything within the minute below came from the notification.
    const relay = f.relay({ metrics, pollIntervalMs: 3_600_000 });
    relay.start();
    await new Promise((resolve) => setTimeout(resolve, 500)); // LISTEN established, first empty round done

    await produce(f.pool, '00000000-0000-7000-8000-000000000001', 1);
    await eventually(
      async () =>
        expect((await f.pool.query(`select status from outbox_message`)).rows).toEqual([{ status: 'sent' }]),
      60_000,
      20,
    );
    expect((await metrics.outboxPublished.get()).values[0]?.value).toBe(1);
    const retention = { outboxDays: 7, inboxDays: 120, idempotencyDays: 30 };
    await new Housekeeping({ pool: f.pool, logger: silent, metrics, retention }).refreshMetrics();
    expect(await metrics.registry.metrics()).toMatch(
      /pcs_outbox_backlog\{status="pending",service="test"\} 0/,
    );
    await relay.stop();
  });

  it('publishes an aggregate’s later events of one commit at once too, without an empty claim after each round', async () => {
    // Polling once an hour, and one notification for the commit: the second and third events become
    // claimable only once the first is sent, so the round that sends it must go on by itself.
    const claims = { n: 0 };
    const relay = f.relay({ pollIntervalMs: 3_600_000, pool: countingClaims(f.pool, claims) });
    relay.start();
    // The first rounds (one at start, one once LISTEN is established) find nothing.
    await eventually(async () => expect(claims.n).toBeGreaterThanOrEqual(2), 10_000, 20);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const before = claims.n;
    const ids = [1, 2, 3].map((n) => `00000000-0000-7000-8000-00000000010${n}`);
    const client = await f.pool.connect();
    try {
      await client.query('begin');
      for (const [i, id] of ids.entries())
        await client.query(
          `insert into outbox_message (id, subject, aggregate_id, envelope) values ($1, 'things.events.thing.happened', 'agg-chain', $2)`,
          [id, envelope(id, i + 1, 'agg-chain')],
        );
      await client.query('commit');
    } finally {
      client.release();
    }
    await eventually(
      async () =>
        expect(
          (
            await f.pool.query(
              `select status from outbox_message where aggregate_id = 'agg-chain' order by seq`,
            )
          ).rows,
        ).toEqual([{ status: 'sent' }, { status: 'sent' }, { status: 'sent' }]),
      60_000,
      20,
    );
    // One claim per event (each is claimable only once the one before is sent), and no claim that
    // finds nothing after the last.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(claims.n - before).toBe(3);
    await relay.stop();
  });

  it('a stop publishes what committed before it, though the last round claimed before that commit', async () => {
    // The service stops taking requests, then stops the relay: an event committed while the relay's
    // last round was publishing must reach the stream now, not at the next start (images check).
    let stopped: Promise<void> | undefined;
    const late = '00000000-0000-7000-8000-000000000202';
    const relay = f.relay({
      pollIntervalMs: 3_600_000,
      hooks: {
        afterPublish: async () => {
          if (stopped) return;
          await produce(f.pool, late, 1, 'agg-late');
          stopped = relay.stop();
        },
      },
    });
    relay.start();
    await produce(f.pool, '00000000-0000-7000-8000-000000000201', 1, 'agg-early');
    await eventually(async () => expect(stopped).toBeDefined(), 60_000, 20);
    await stopped;
    expect(
      (
        await f.pool.query(`select id, status from outbox_message where id = any($1) order by id`, [
          ['00000000-0000-7000-8000-000000000201', late],
        ])
      ).rows,
    ).toEqual([
      { id: '00000000-0000-7000-8000-000000000201', status: 'sent' },
      { id: late, status: 'sent' },
    ]);
  });
});

/** The pool, counting the relay's claim statements in `claims.n`. */
function countingClaims(pool: pg.Pool, claims: { n: number }): pg.Pool {
  return new Proxy(pool, {
    get(target, property, receiver) {
      if (property !== 'connect') return Reflect.get(target, property, receiver) as unknown;
      return async () => {
        const client = await target.connect();
        const query = client.query.bind(client) as (...args: unknown[]) => unknown;
        return Object.assign(Object.create(client) as pg.PoolClient, {
          query: (...args: unknown[]) => {
            if (typeof args[0] === 'string' && args[0].includes('skip locked')) claims.n += 1;
            return query(...args);
          },
          release: client.release.bind(client),
        });
      };
    },
  });
}
