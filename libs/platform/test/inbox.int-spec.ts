import { describe, expect, it } from '@jest/globals';
import { connect } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { MikroORM } from '@mikro-orm/postgresql';
import { Metrics, ormOptions, type EventConsumer } from '@pcs/platform';
import type { NatsConnection } from '@nats-io/nats-core';
import { eventually, testNatsUrl } from '@pcs/testing';
import { envelope } from './support/platform-database.js';
import { usePlatform } from './support/platform-fixture.js';
import { ThingHappened, THINGS_STREAM } from './support/thing-happened.js';

const EVENTS = 1_000;
const COPIES = 3;

describe('idempotent inbox', () => {
  const f = usePlatform();

  it(`applies ${EVENTS} events, each delivered ${COPIES} times to 2 consumer instances, exactly ${EVENTS} times`, async () => {
    // Copies published without a message id, so the stream keeps all of them: 3,000 deliveries.
    const js = jetstream(f.nc);
    const subject = f.names.subject(ThingHappened.subject);
    const ids = Array.from(
      { length: EVENTS },
      (_, n) => `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`,
    );
    for (const [n, id] of ids.entries()) {
      const body = JSON.stringify(envelope(id, n));
      await Promise.all(Array.from({ length: COPIES }, () => js.publish(subject, body)));
    }

    // Two consumer "processes": each its own NATS connection and database pool, one durable consumer.
    const instances: { nc: NatsConnection; orm: MikroORM; metrics: Metrics; consumer: EventConsumer }[] = [];
    for (let i = 0; i < 2; i++) {
      const nc = await connect({ servers: testNatsUrl() });
      const orm = await MikroORM.init(
        ormOptions({ clientUrl: f.database.url, entities: [], migrations: [], poolMax: 4 }),
      );
      const metrics = new Metrics('test');
      instances.push({ nc, orm, metrics, consumer: f.consumer({ batch: 50 }, { nc, orm, metrics }) });
    }
    try {
      for (const i of instances) i.consumer.start();
      await eventually(
        async () => {
          const info = await (
            await jetstreamManager(f.nc)
          ).consumers.info(f.names.stream(THINGS_STREAM.stream), instances[0]!.consumer.durableName);
          expect(info.num_pending + info.num_ack_pending).toBe(0);
        },
        60_000,
        250,
      );

      const { rows } = await f.pool.query<{ total: string; distinct: string }>(
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
        expect(
          (await metrics.eventsConsumed.get()).values.reduce((sum, v) => sum + v.value, 0),
        ).toBeGreaterThan(0);
      }
    } finally {
      for (const i of instances) {
        await i.consumer.stop();
        await i.nc.close();
        await i.orm.close();
      }
    }
  });
});
