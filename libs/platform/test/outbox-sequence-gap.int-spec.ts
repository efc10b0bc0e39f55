import { describe, expect, it } from '@jest/globals';
import { jetstreamManager } from '@nats-io/jetstream';
import { envelope, produce } from './support/platform-database.js';
import { usePlatform } from './support/platform-fixture.js';
import { THINGS_STREAM } from './support/thing-happened.js';

describe('the sequence-gap trap', () => {
  const f = usePlatform();

  it('delivers an event whose transaction took an earlier outbox id but committed later', async () => {
    const relay = f.relay();
    const earlyId = '00000000-0000-7000-8000-00000000000a';
    const lateId = '00000000-0000-7000-8000-00000000000b';

    // Transaction A takes its outbox sequence number first and stays open.
    const slow = await f.pool.connect();
    await slow.query('begin');
    await slow.query(
      `insert into outbox_message (id, subject, aggregate_id, envelope) values ($1, 'things.events.thing.happened', 'agg-a', $2)`,
      [earlyId, envelope(earlyId, 1, 'agg-a')],
    );
    // Transaction B takes a later number and commits first; the relay publishes it.
    await produce(f.pool, lateId, 2, 'agg-b');
    expect(await relay.drain()).toBe(1);

    // A commits afterwards: a relay that polled "above the highest id seen" would skip it forever.
    await slow.query('commit');
    slow.release();
    expect(await relay.drain()).toBe(1);

    const { rows } = await f.pool.query<{ id: string; status: string }>(
      'select id, status from outbox_message order by seq',
    );
    expect(rows.map((r) => [r.id, r.status])).toEqual([
      [earlyId, 'sent'],
      [lateId, 'sent'],
    ]);
    const jsm = await jetstreamManager(f.nc);
    const stream = f.names.stream(THINGS_STREAM.stream);
    const published = [];
    for (let seq = 1; seq <= 2; seq++)
      published.push((await jsm.streams.getMessage(stream, { seq }))!.json<{ id: string }>().id);
    expect(published).toEqual([lateId, earlyId]);
  });

  it('keeps the events of one aggregate in order, and one the stream refuses is parked without blocking others', async () => {
    const relay = f.relay();
    // An event too large for the server (max_payload 1 MiB) can never be published: parked at once.
    const big = '00000000-0000-7000-8000-0000000000f1';
    await f.pool.query(
      `insert into outbox_message (id, subject, aggregate_id, envelope) values ($1, 'things.events.thing.happened', 'agg-big', $2)`,
      [big, { ...envelope(big, 3, 'agg-big'), data: { n: 3, padding: 'x'.repeat(2 * 1024 * 1024) } }],
    );
    const after = '00000000-0000-7000-8000-0000000000f2';
    await produce(f.pool, after, 4, 'agg-big');
    const other = '00000000-0000-7000-8000-0000000000f3';
    await produce(f.pool, other, 5, 'agg-other');

    await relay.drain();

    const { rows } = await f.pool.query<{
      id: string;
      status: string;
      attempts: number;
      last_error: string | null;
    }>('select id, status, attempts, last_error from outbox_message where id = any($1) order by seq', [
      [big, after, other],
    ]);
    expect(rows[0]).toMatchObject({ id: big, status: 'parked', attempts: 1 });
    expect(rows[0]!.last_error).toMatch(/payload|MAX_PAYLOAD|maximum/i);
    // The later event of the same aggregate waits behind the parked one; the other aggregate flows.
    expect(rows[1]).toMatchObject({ id: after, status: 'pending', attempts: 0 });
    expect(rows[2]).toMatchObject({ id: other, status: 'sent' });
  });
});
