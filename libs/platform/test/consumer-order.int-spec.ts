import { describe, expect, it } from '@jest/globals';
import { jetstream } from '@nats-io/jetstream';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Metrics, onEvent, Outbox } from '@pcs/platform';
import { eventually } from '@pcs/testing';
import { envelope } from './support/platform-database.js';
import { usePlatform } from './support/platform-fixture.js';
import { ThingHappened } from './support/thing-happened.js';

describe('aggregate versions and ordered consumers', () => {
  const f = usePlatform();

  it('numbers the events of each aggregate 1, 2, 3, … in commit order, under concurrent writers', async () => {
    const outbox = new Outbox('order-test');
    await Promise.all(
      Array.from({ length: 40 }, (_, n) =>
        (f.orm.em.fork() as EntityManager).transactional((em) =>
          outbox.stage(em, ThingHappened, { aggregateId: `v-agg-${n % 4}`, companyId: 'HRX', data: { n } }),
        ),
      ),
    );
    const { rows } = await f.pool.query<{ aggregate_id: string; versions: number[] }>(
      `select aggregate_id, array_agg((envelope->>'aggregateversion')::int order by seq) as versions
         from outbox_message where aggregate_id like 'v-agg-%' group by aggregate_id order by aggregate_id`,
    );
    expect(rows.map((r) => r.versions)).toEqual(Array(4).fill([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
  });

  it('in ordered mode holds a successor until its predecessor is applied; unordered, it would overtake', async () => {
    await f.pool.query('create table applied (seq bigserial, consumer text, aggregate text, version int)');
    const failuresLeft = new Map<string, number>();
    const consumerOf = (name: string, ordered: boolean, metrics: Metrics) =>
      f.consumer(
        {
          name,
          ordered,
          backoffMs: [100, 100, 100],
          handlers: [
            onEvent(ThingHappened, async (event, em) => {
              const key = `${event.subject}:${event.aggregateversion}:${name}`;
              const left = failuresLeft.get(key) ?? 0;
              if (left > 0) {
                failuresLeft.set(key, left - 1);
                throw new Error(`${key} fails for now`);
              }
              await em.execute('insert into applied (consumer, aggregate, version) values (?, ?, ?)', [
                name,
                event.subject,
                event.aggregateversion,
              ]);
            }),
          ],
        },
        { metrics },
      );
    // Version 1 of A fails three times, for each consumer.
    for (const name of ['ordered', 'unordered']) failuresLeft.set(`A:1:${name}`, 3);
    const ordered = new Metrics('test');
    const unordered = new Metrics('test');
    consumerOf('ordered', true, ordered).start();
    consumerOf('unordered', false, unordered).start();

    const js = jetstream(f.nc);
    const subject = f.names.subject(ThingHappened.subject);
    const events = [
      ['A', 1],
      ['A', 2],
      ['B', 1],
      ['A', 3],
      ['B', 2],
    ] as const;
    for (const [i, [aggregate, version]] of events.entries()) {
      const id = `00000000-0000-7000-8100-${String(i).padStart(12, '0')}`;
      await js.publish(
        subject,
        JSON.stringify({ ...envelope(id, i, aggregate), aggregateversion: version }),
        {
          msgID: id,
        },
      );
    }

    const appliedBy = async (consumer: string) =>
      (
        await f.pool.query<{ aggregate: string; versions: number[] }>(
          `select aggregate, array_agg(version order by seq) as versions from applied
            where consumer = $1 group by aggregate order by aggregate`,
          [consumer],
        )
      ).rows;
    await eventually(async () => {
      expect(await appliedBy('ordered')).toEqual([
        { aggregate: 'A', versions: [1, 2, 3] },
        { aggregate: 'B', versions: [1, 2] },
      ]);
      expect((await appliedBy('unordered')).find((r) => r.aggregate === 'A')?.versions).toHaveLength(3);
    }, 30_000);
    // Without order, version 1 comes last, after its redeliveries; with it, 2 and 3 waited.
    expect((await appliedBy('unordered')).find((r) => r.aggregate === 'A')?.versions).toEqual([2, 3, 1]);
    expect((await ordered.orderWaits.get()).values[0]?.value).toBeGreaterThan(0);
    expect((await unordered.orderWaits.get()).values).toEqual([]);
  });

  it('waits a bounded time: a successor whose predecessor never comes becomes a dead letter that says so', async () => {
    const metrics = new Metrics('test');
    f.consumer(
      {
        name: 'ordered-bounded',
        filterSubject: 'things.events.>',
        ordered: true,
        maxDeliver: 4,
        backoffMs: [50, 100, 200],
        handlers: [onEvent(ThingHappened, async () => undefined)],
      },
      { metrics },
    ).start();
    const js = jetstream(f.nc);
    const id = '00000000-0000-7000-8200-000000000001';
    // Version 2 of an aggregate whose version 1 this consumer never saw.
    await js.publish(
      f.names.subject(ThingHappened.subject),
      JSON.stringify({ ...envelope(id, 1, 'C'), aggregateversion: 2 }),
      { msgID: id },
    );
    const letter = await eventually(async () => {
      const { rows } = await f.pool.query<{ error: string; deliveries: number }>(
        `select error, deliveries from dead_letter where consumer = 'ordered-bounded' and event_id = $1`,
        [id],
      );
      expect(rows).toHaveLength(1);
      return rows[0]!;
    }, 30_000);
    expect(letter).toEqual({ error: 'predecessor of version 2 of C was never applied', deliveries: 4 });
    expect((await metrics.orderWaits.get()).values[0]?.value).toBe(4);
  });
});
