import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/nats-core';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { MikroORM } from '@mikro-orm/postgresql';
import { BusNames, EventConsumer, Metrics, onEvent, ormOptions, provisionStream } from '@pcs/platform';
import {
  createBusPrefix,
  deleteBusResources,
  eventually,
  testNatsUrl,
  type TestDatabase,
} from '@pcs/testing';
import type pg from 'pg';
import { pino } from 'pino';
import { createPlatformDatabase, envelope } from './support/platform-database.js';
import { ThingHappened, THINGS_STREAM } from './support/thing-happened.js';

const EVENTS = 1_000;
const COPIES = 3;

describe('idempotent inbox', () => {
  const prefix = createBusPrefix();
  const names = new BusNames(prefix);
  let database: TestDatabase;
  let orm: MikroORM;
  let pool: pg.Pool;
  const instances: { nc: NatsConnection; orm: MikroORM; consumer: EventConsumer; metrics: Metrics }[] = [];

  beforeAll(async () => {
    ({ database, orm, pool } = await createPlatformDatabase());
    const nc = await connect({ servers: testNatsUrl() });
    await provisionStream(nc, names, THINGS_STREAM);
    await nc.close();
  });

  afterAll(async () => {
    for (const i of instances) {
      await i.consumer.stop();
      await i.nc.close();
      await i.orm.close();
    }
    await pool?.end();
    await orm?.close();
    await database?.drop();
    await deleteBusResources(prefix);
  });

  /** A consumer "process": its own NATS connection and database pool, the same durable consumer. */
  async function startInstance(): Promise<void> {
    const nc = await connect({ servers: testNatsUrl() });
    const instanceOrm = await MikroORM.init(
      ormOptions({ clientUrl: database.url, entities: [], migrations: [], poolMax: 4 }),
    );
    const metrics = new Metrics('test');
    const consumer = new EventConsumer(
      {
        name: 'things-effects',
        stream: THINGS_STREAM.stream,
        filterSubject: THINGS_STREAM.streamSubjects,
        batch: 50,
        handlers: [
          onEvent(ThingHappened, async (event, em) => {
            await em.execute('insert into effect (event_id, consumer, n) values (?, ?, ?)', [
              event.id,
              'things-effects',
              event.data.n,
            ]);
          }),
        ],
      },
      { connection: nc, names, orm: instanceOrm, logger: pino({ level: 'silent' }), metrics },
    );
    instances.push({ nc, orm: instanceOrm, consumer, metrics });
  }

  it(`applies ${EVENTS} events, each delivered ${COPIES} times to 2 consumer instances, exactly ${EVENTS} times`, async () => {
    // Copies published without a message id, so the stream keeps all of them: 3,000 deliveries.
    const publisher = await connect({ servers: testNatsUrl() });
    const js = jetstream(publisher);
    const subject = names.subject(ThingHappened.subject);
    const ids = Array.from(
      { length: EVENTS },
      (_, n) => `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`,
    );
    for (const [n, id] of ids.entries()) {
      const body = JSON.stringify(envelope(id, n));
      await Promise.all(Array.from({ length: COPIES }, () => js.publish(subject, body)));
    }
    await publisher.close();

    await startInstance();
    await startInstance();
    for (const i of instances) i.consumer.start();

    await eventually(
      async () => {
        const jsm = await jetstreamManager(instances[0]!.nc);
        const info = await jsm.consumers.info(
          names.stream(THINGS_STREAM.stream),
          names.durable('things-effects'),
        );
        expect(info.num_pending + info.num_ack_pending).toBe(0);
      },
      60_000,
      250,
    );

    const { rows } = await pool.query<{ total: string; distinct: string }>(
      'select count(*) as total, count(distinct event_id) as distinct from effect',
    );
    expect(rows[0]).toEqual({ total: String(EVENTS), distinct: String(EVENTS) });

    const outcomes = { applied: 0, duplicate: 0, other: 0 };
    for (const { metrics } of instances) {
      for (const value of (await metrics.eventsConsumed.get()).values) {
        const outcome = value.labels['outcome'] as string;
        if (outcome === 'applied' || outcome === 'duplicate') outcomes[outcome] += value.value;
        else outcomes.other += value.value;
      }
    }
    expect(outcomes).toEqual({ applied: EVENTS, duplicate: EVENTS * (COPIES - 1), other: 0 });
    // Both instances did part of the work.
    for (const { metrics } of instances) {
      const done = (await metrics.eventsConsumed.get()).values.reduce((sum, v) => sum + v.value, 0);
      expect(done).toBeGreaterThan(0);
    }
  });
});
