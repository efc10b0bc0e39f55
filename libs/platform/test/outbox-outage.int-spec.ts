import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { jetstream } from '@nats-io/jetstream';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Metrics,
  NatsConnectionHolder,
  onEvent,
  Outbox,
  provisionStream,
  type ProcessEnv,
} from '@pcs/platform';
import { budgetMs, eventually, NatsServerProcess } from '@pcs/testing';
import { silent, usePlatform } from './support/platform-fixture.js';
import { ThingHappened, THINGS_STREAM } from './support/thing-happened.js';

/**
 * NATS is down this long: two and a half times the longest wait the relay puts between two attempts
 * (maxRetryDelayMs, 30 s), so every waiting event has reached its longest backoff when NATS comes
 * back, and far beyond the 20 s after which NATS.js stops reconnecting by default (the service's
 * connection must not). It was 180 s, which cost CI two minutes and proved nothing more.
 * NATS_OUTAGE_MS changes it while working on the test.
 */
const OUTAGE_MS = Number(process.env['NATS_OUTAGE_MS'] ?? 75_000);
const AGGREGATES = 20;
const WRITE_EVERY_MS = 50;

describe('an outage of NATS while the service keeps writing', () => {
  const f = usePlatform();
  let nats: NatsServerProcess;
  let holder: NatsConnectionHolder;

  beforeAll(async () => {
    nats = await NatsServerProcess.start();
    // The connection every service opens (reconnecting forever), to this test's own server.
    holder = await NatsConnectionHolder.open('outage-test', { NATS_URL: nats.url } as ProcessEnv, silent);
    await provisionStream(holder.connection, f.names, THINGS_STREAM);
    await f.pool.query(
      'create table applied (seq bigserial primary key, event_id text not null, aggregate text not null, version int not null)',
    );
  });

  afterAll(async () => {
    await holder?.connection.close();
    await nats?.destroy();
  });

  it(
    'parks nothing, loses nothing, keeps each aggregate in order, and drains the backlog within 60 s of NATS coming back',
    async () => {
      const metrics = new Metrics('test');
      const relay = f.relay({ js: jetstream(holder.connection), connection: holder.connection, metrics });
      const consumer = f.consumer(
        {
          handlers: [
            onEvent(ThingHappened, async (event, em) => {
              await em.execute('insert into applied (event_id, aggregate, version) values (?, ?, ?)', [
                event.id,
                event.subject,
                event.aggregateversion,
              ]);
            }),
          ],
        },
        { nc: holder.connection },
      );
      relay.start();
      consumer.start();

      // The service's writes: a business row and its event in one transaction, round the aggregates.
      const outbox = new Outbox('outage-test');
      let written = 0;
      let writing = true;
      const writer = (async () => {
        while (writing) {
          const n = written;
          await (f.orm.em.fork() as EntityManager).transactional(async (em) => {
            await em.execute('insert into business_row (id) values (?)', [`row-${n}`]);
            await outbox.stage(em, ThingHappened, {
              aggregateId: `agg-${n % AGGREGATES}`,
              companyId: 'HRX',
              data: { n },
            });
          });
          written++;
          await new Promise((resolve) => setTimeout(resolve, WRITE_EVERY_MS));
        }
      })();

      await eventually(
        async () => expect(await count(`select count(*) from applied`)).toBeGreaterThan(20),
        30_000,
      );
      await nats.stop();
      const writtenBefore = written;
      await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
      // Writing went on through the outage: the database does not need NATS.
      expect(written - writtenBefore).toBeGreaterThan(OUTAGE_MS / WRITE_EVERY_MS / 4);
      expect(await count(`select count(*) from outbox_message where status = 'pending'`)).toBeGreaterThan(0);

      await nats.resume();
      const restarted = Date.now();
      writing = false;
      await writer;
      await eventually(
        async () => expect(await count(`select count(*) from outbox_message where status <> 'sent'`)).toBe(0),
        90_000,
        250,
      );
      const drainedInMs = Date.now() - restarted;
      expect(drainedInMs).toBeLessThan(60_000);
      expect(await count(`select count(*) from outbox_message where status = 'parked'`)).toBe(0);

      // Every event applied once by the consumer…
      await eventually(
        async () => expect(await count('select count(*) from applied')).toBe(written),
        budgetMs(written, 50),
        250,
      );
      expect(await count('select count(distinct event_id) from applied')).toBe(written);
      // …and each aggregate's versions applied in order: 1, 2, 3, … without gaps.
      const { rows } = await f.pool.query<{ aggregate: string; versions: number[] }>(
        'select aggregate, array_agg(version order by seq) as versions from applied group by aggregate',
      );
      expect(rows).toHaveLength(AGGREGATES);
      for (const { versions } of rows) expect(versions).toEqual(versions.map((_, i) => i + 1));
    },
    OUTAGE_MS + budgetMs(1, 0, 240_000),
  );

  async function count(sql: string): Promise<number> {
    return Number((await f.pool.query<{ count: string }>(sql)).rows[0]?.count);
  }
});
