import { describe, expect, it, jest } from '@jest/globals';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CallContext, Outbox } from '@pcs/platform';
import { usePlatform } from './support/platform-fixture.js';
import { ThingHappened, THINGS_STREAM } from './support/thing-happened.js';

interface Row {
  id: string;
  aggregate_id: string;
  status: string;
  envelope: { aggregateversion: number; data: { n: number }; correlationid: string; subject: string };
}

describe('Outbox.stageMany: many events in a few statements', () => {
  const f = usePlatform();
  const em = (): EntityManager => f.orm.em.fork() as EntityManager;
  const outbox = new Outbox('stage-many-test');
  const rowsOf = async (prefix: string) =>
    (
      await f.pool.query<Row>(
        `select id, aggregate_id, status, envelope from outbox_message where aggregate_id like $1 order by seq`,
        [`${prefix}%`],
      )
    ).rows;

  it('keeps every event, in the array’s order, with the versions `stage` one by one would give', async () => {
    // Version 1 of `m-a` exists already: the batch's versions of it continue from there.
    await em().transactional((tx) =>
      outbox.stage(tx, ThingHappened, { aggregateId: 'm-a', companyId: 'HRX', data: { n: 0 } }),
    );
    // Thousands of events, aggregates interleaved and out of id order.
    const aggregates = ['m-c', 'm-a', 'm-b', 'm-a', 'm-c'];
    const events = Array.from({ length: 2_300 }, (_, i) => ({
      aggregateId: aggregates[i % aggregates.length] ?? 'm-a',
      companyId: 'HRX',
      communityId: 'GZ01',
      data: { n: i + 1 },
    }));
    let statements = 0;
    const staged = await CallContext.run({ correlationId: 'corr-many' }, () =>
      em().transactional(async (tx) => {
        const ormStatements = jest.spyOn(tx, 'execute');
        const context = tx.getTransactionContext<{ executeQuery: (...args: never[]) => unknown }>();
        if (!context) throw new Error('no transaction context');
        const boundStatements = jest.spyOn(context, 'executeQuery');
        const result = await outbox.stageMany(tx, ThingHappened, events);
        statements = ormStatements.mock.calls.length + boundStatements.mock.calls.length;
        return result;
      }),
    );
    // One statement for the 3 aggregates' versions, one for the 2,300 rows (decision 0180).
    expect(statements).toBe(2);

    const rows = await rowsOf('m-');
    expect(rows.slice(1).map((r) => r.id)).toEqual(staged.map((e) => e.id));
    expect(rows.slice(1).map((r) => r.envelope.data.n)).toEqual(events.map((e) => e.data.n));
    expect(rows.slice(1).map((r) => r.envelope)).toEqual(JSON.parse(JSON.stringify(staged)));
    expect(rows.every((r) => r.status === 'pending' && r.envelope.subject === r.aggregate_id)).toBe(true);
    expect(staged.every((e) => e.correlationid === 'corr-many' && e.communityid === 'GZ01')).toBe(true);
    const versions = new Map<string, number[]>();
    for (const r of rows)
      versions.set(r.aggregate_id, [...(versions.get(r.aggregate_id) ?? []), r.envelope.aggregateversion]);
    const count = (aggregate: string) => events.filter((e) => e.aggregateId === aggregate).length;
    const oneTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
    expect(versions.get('m-a')).toEqual(oneTo(count('m-a') + 1));
    expect(versions.get('m-b')).toEqual(oneTo(count('m-b')));
    expect(versions.get('m-c')).toEqual(oneTo(count('m-c')));
    // A later single event of the aggregate takes the next version.
    const next = await em().transactional((tx) =>
      outbox.stage(tx, ThingHappened, { aggregateId: 'm-b', companyId: 'HRX', data: { n: 0 } }),
    );
    expect(next.aggregateversion).toBe(count('m-b') + 1);
  });

  it('writes nothing outside a transaction or when rolled back, and a rollback returns the versions', async () => {
    const events = [1, 2, 3].map((n) => ({ aggregateId: 'r-a', companyId: 'HRX', data: { n } }));
    await expect(outbox.stageMany(em(), ThingHappened, events)).rejects.toThrow(
      /Outbox.stageMany must be called inside em.transactional/,
    );
    await expect(
      em().transactional(async (tx) => {
        await outbox.stageMany(tx, ThingHappened, events);
        throw new Error('the state change failed');
      }),
    ).rejects.toThrow('the state change failed');
    expect(await rowsOf('r-')).toEqual([]);
    expect(await em().transactional((tx) => outbox.stageMany(tx, ThingHappened, []))).toEqual([]);
    const staged = await em().transactional((tx) => outbox.stageMany(tx, ThingHappened, events));
    expect(staged.map((e) => e.aggregateversion)).toEqual([1, 2, 3]);
    // Values are data, never SQL: quotes, placeholders and backslashes arrive as written.
    const text = `it's ? and ?? and $1, \\ "quoted" 物业`;
    const data = { n: 4, text };
    const [odd] = await em().transactional((tx) =>
      outbox.stageMany(tx, ThingHappened, [{ aggregateId: "r-'?", companyId: 'HRX', data }]),
    );
    const { rows } = await f.pool.query<{ aggregate_id: string; envelope: { data: unknown } }>(
      'select aggregate_id, envelope from outbox_message where id = $1',
      [odd?.id],
    );
    expect(rows).toEqual([
      { aggregate_id: "r-'?", envelope: expect.objectContaining({ data: { n: 4, text } }) },
    ]);
  });

  it('numbers each aggregate 1, 2, 3, … in publication order under concurrent batches and single events', async () => {
    // Each batch names the aggregates in a different order: locked in id order, they cannot deadlock.
    const orders = [
      ['c-1', 'c-2', 'c-3', 'c-4'],
      ['c-4', 'c-3', 'c-2', 'c-1'],
      ['c-2', 'c-4', 'c-1', 'c-3'],
    ];
    await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        em().transactional(async (tx): Promise<unknown> =>
          i % 3 === 0
            ? outbox.stage(tx, ThingHappened, {
                aggregateId: `c-${(i % 4) + 1}`,
                companyId: 'HRX',
                data: { n: i },
              })
            : outbox.stageMany(
                tx,
                ThingHappened,
                (orders[i % orders.length] ?? []).map((aggregateId) => ({
                  aggregateId,
                  companyId: 'HRX',
                  data: { n: i },
                })),
              ),
        ),
      ),
    );
    const { rows } = await f.pool.query<{ aggregate_id: string; versions: number[] }>(
      `select aggregate_id, array_agg((envelope->>'aggregateversion')::int order by seq) as versions
         from outbox_message where aggregate_id like 'c-%' group by aggregate_id order by aggregate_id`,
    );
    const total = rows.reduce((s, r) => s + r.versions.length, 0);
    expect(total).toBe(8 + 16 * 4);
    for (const r of rows)
      expect(r.versions).toEqual(Array.from({ length: r.versions.length }, (_, i) => i + 1));
  });

  it('the relay delivers every staged event once, each aggregate’s in order', async () => {
    // Two events per aggregate, the second half of the batch repeating the first half's aggregates.
    const events = Array.from({ length: 1_200 }, (_, i) => ({
      aggregateId: `d-${String(i % 600).padStart(4, '0')}`,
      companyId: 'HRX',
      data: { n: i },
    }));
    // The earlier tests' events are not this test's business: out of the relay's way.
    await f.pool.query(`update outbox_message set status = 'sent' where status = 'pending'`);
    const stream = f.names.stream(THINGS_STREAM.stream);
    const before = (await (await jetstreamManager(f.nc)).streams.info(stream)).state.last_seq;
    const staged = await em().transactional((tx) => outbox.stageMany(tx, ThingHappened, events));

    expect(await f.relay({ batchSize: 500 }).drain()).toBe(staged.length);

    expect((await rowsOf('d-')).every((r) => r.status === 'sent')).toBe(true);
    const reader = await jetstream(f.nc).consumers.get(stream, { opt_start_seq: before + 1 });
    const published: { id: string; subject: string; aggregateversion: number }[] = [];
    while (published.length < staged.length) {
      const batch = await reader.fetch({ max_messages: staged.length, expires: 2_000 });
      let got = 0;
      for await (const message of batch) {
        published.push(message.json());
        got++;
      }
      if (got === 0) break;
    }
    expect(published).toHaveLength(staged.length);
    expect(new Set(published.map((e) => e.id))).toEqual(new Set(staged.map((e) => e.id)));
    const versions = new Map<string, number[]>();
    for (const e of published)
      versions.set(e.subject, [...(versions.get(e.subject) ?? []), e.aggregateversion]);
    expect(versions.size).toBe(600);
    expect([...versions.values()].every((v) => v.join() === '1,2')).toBe(true);
  });
});
