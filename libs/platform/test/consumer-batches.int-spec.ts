import { describe, expect, it } from '@jest/globals';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { Metrics, onEvent, TENANT_FILTER } from '@pcs/platform';
import { eventually } from '@pcs/testing';
import { envelope } from './support/platform-database.js';
import { usePlatform } from './support/platform-fixture.js';
import { poisonedEffects, ThingHappened, THINGS_STREAM } from './support/thing-happened.js';

const EVENTS = 300;
const id = (n: number) => `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`;

async function total(metrics: Metrics, name: 'eventTransactions' | 'eventBatchesSplit'): Promise<number> {
  return (await metrics[name].get()).values.reduce((sum, v) => sum + v.value, 0);
}

describe('a consumer behind its stream (decision 0175)', () => {
  const f = usePlatform();

  it(`applies a backlog of ${EVENTS} events of two companies in far fewer transactions, each event under its own company, in order, once`, async () => {
    const js = jetstream(f.nc);
    const subject = f.names.subject(ThingHappened.subject);
    // Runs of ten per company, so a batch breaks where the company changes.
    const company = (n: number) => (Math.floor(n / 10) % 2 === 0 ? 'HRX' : 'WKY');
    for (let n = 0; n < EVENTS; n++) {
      await js.publish(subject, JSON.stringify({ ...envelope(id(n), n), companyid: company(n) }), {
        msgID: id(n),
      });
    }
    // One copy of an earlier event, as a redelivery or a producer's retry would leave in the stream.
    await js.publish(subject, JSON.stringify({ ...envelope(id(5), 5), companyid: company(5) }));
    const applied: { n: number; company: string; filter: unknown }[] = [];
    const metrics = new Metrics('test');
    const consumer = f.consumer(
      {
        batch: 50,
        handlers: [
          onEvent(ThingHappened, async (event, em) => {
            applied.push({
              n: event.data.n,
              company: event.companyid,
              filter: em.getFilterParams<{ companyId: string }>(TENANT_FILTER)?.companyId,
            });
            await em.execute('insert into effect (event_id, consumer, n) values (?, ?, ?)', [
              event.id,
              'x',
              event.data.n,
            ]);
          }),
        ],
      },
      { metrics },
    );
    consumer.start();
    await eventually(
      async () => {
        const info = await (
          await jetstreamManager(f.nc)
        ).consumers.info(f.names.stream(THINGS_STREAM.stream), consumer.durableName);
        expect(info.num_pending + info.num_ack_pending).toBe(0);
      },
      60_000,
      100,
    );
    const { rows } = await f.pool.query<{ n: number }>('select n from effect order by n');
    expect(rows.map((r) => r.n)).toEqual([...Array(EVENTS).keys()]);
    expect(applied.map((a) => a.n)).toEqual([...Array(EVENTS).keys()]);
    for (const a of applied) expect(a.filter).toBe(a.company);
    const transactions = await total(metrics, 'eventTransactions');
    // At least the 30 runs of ten; one transaction per event would be 300.
    expect(transactions).toBeGreaterThanOrEqual(EVENTS / 10);
    expect(transactions).toBeLessThan(EVENTS / 3);
    expect(await total(metrics, 'eventBatchesSplit')).toBe(0);
    await consumer.stop();
  });

  it('applies the events around a failing one together, tries the failing one once per delivery, and keeps it', async () => {
    const POISON = 1007;
    const attempts = new Map<number, number>();
    const metrics = new Metrics('test');
    const consumer = f.consumer(
      {
        batch: 50,
        maxDeliver: 2,
        backoffMs: [50],
        handlers: [poisonedEffects(attempts, POISON)],
      },
      { metrics },
    );
    const js = jetstream(f.nc);
    const subject = f.names.subject(ThingHappened.subject);
    // After the first test's events, which this consumer (the same durable) finds applied.
    for (let n = 1000; n < 1020; n++)
      await js.publish(subject, JSON.stringify(envelope(id(n), n)), { msgID: id(n) });
    consumer.start();
    await eventually(
      async () => {
        const { rows } = await f.pool.query('select 1 from dead_letter');
        expect(rows).toHaveLength(1);
      },
      20_000,
      100,
    );
    expect(attempts.get(POISON)).toBe(2);
    const { rows } = await f.pool.query<{ n: number }>('select n from effect where n >= 1000 order by n');
    expect(rows.map((r) => r.n)).toEqual(
      [...Array(20).keys()].map((n) => 1000 + n).filter((n) => n !== POISON),
    );
    expect(await total(metrics, 'eventBatchesSplit')).toBeGreaterThan(0);
  });
});
