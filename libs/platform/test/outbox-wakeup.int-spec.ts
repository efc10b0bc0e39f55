import { describe, expect, it } from '@jest/globals';
import { Housekeeping, Metrics } from '@pcs/platform';
import { eventually } from '@pcs/testing';
import { produce } from './support/platform-database.js';
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
  });
});
