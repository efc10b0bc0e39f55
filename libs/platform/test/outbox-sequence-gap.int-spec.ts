import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/nats-core';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { MikroORM } from '@mikro-orm/postgresql';
import { BusNames, OutboxRelay, provisionStream } from '@pcs/platform';
import { createBusPrefix, deleteBusResources, testNatsUrl, type TestDatabase } from '@pcs/testing';
import type pg from 'pg';
import { pino } from 'pino';
import { createPlatformDatabase, envelope, produce } from './support/platform-database.js';
import { THINGS_STREAM } from './support/thing-happened.js';

describe('the sequence-gap trap', () => {
  const prefix = createBusPrefix();
  const names = new BusNames(prefix);
  let database: TestDatabase;
  let orm: MikroORM;
  let pool: pg.Pool;
  let nc: NatsConnection;

  beforeAll(async () => {
    ({ database, orm, pool } = await createPlatformDatabase());
    nc = await connect({ servers: testNatsUrl() });
    await provisionStream(nc, names, THINGS_STREAM);
  });

  afterAll(async () => {
    await nc?.close();
    await pool?.end();
    await orm?.close();
    await database?.drop();
    await deleteBusResources(prefix);
  });

  it('delivers an event whose transaction took an earlier outbox id but committed later', async () => {
    const relay = new OutboxRelay({
      pool,
      connectionString: database.url,
      js: jetstream(nc),
      names,
      logger: pino({ level: 'silent' }),
    });
    const earlyId = '00000000-0000-7000-8000-00000000000a';
    const lateId = '00000000-0000-7000-8000-00000000000b';

    // Transaction A takes its outbox sequence number first and stays open.
    const slow = await pool.connect();
    await slow.query('begin');
    await slow.query(
      `insert into outbox_message (id, subject, aggregate_id, envelope) values ($1, 'things.events.thing.happened', 'agg-a', $2)`,
      [earlyId, envelope(earlyId, 1, 'agg-a')],
    );
    // Transaction B takes a later number and commits first; the relay publishes it.
    await produce(pool, lateId, 2, 'agg-b');
    expect(await relay.drain()).toBe(1);

    // A commits afterwards: a relay that polled "above the highest id seen" would skip it forever.
    await slow.query('commit');
    slow.release();
    expect(await relay.drain()).toBe(1);

    const { rows } = await pool.query<{ id: string; seq: string; status: string }>(
      'select id, seq, status from outbox_message order by seq',
    );
    expect(rows.map((r) => [r.id, r.status])).toEqual([
      [earlyId, 'sent'],
      [lateId, 'sent'],
    ]);
    const jsm = await jetstreamManager(nc);
    const stream = names.stream(THINGS_STREAM.stream);
    const published = [];
    for (let seq = 1; seq <= 2; seq++)
      published.push((await jsm.streams.getMessage(stream, { seq }))!.json<{ id: string }>().id);
    expect(published).toEqual([lateId, earlyId]);
  });

  it('keeps the events of one aggregate in order, and a failing one waits without blocking others', async () => {
    const relay = new OutboxRelay({
      pool,
      connectionString: database.url,
      js: jetstream(nc),
      names,
      logger: pino({ level: 'silent' }),
      maxAttempts: 2,
    });
    // An event too large for the server (max_payload 1 MiB) fails, then is parked with its error.
    const big = '00000000-0000-7000-8000-0000000000f1';
    await pool.query(
      `insert into outbox_message (id, subject, aggregate_id, envelope) values ($1, 'things.events.thing.happened', 'agg-big', $2)`,
      [big, { ...envelope(big, 3, 'agg-big'), data: { n: 3, padding: 'x'.repeat(2 * 1024 * 1024) } }],
    );
    const after = '00000000-0000-7000-8000-0000000000f2';
    await produce(pool, after, 4, 'agg-big');
    const other = '00000000-0000-7000-8000-0000000000f3';
    await produce(pool, other, 5, 'agg-other');

    await relay.drain();
    await pool.query(`update outbox_message set next_attempt_at = now() where id = $1`, [big]);
    await relay.drain();

    const { rows } = await pool.query<{
      id: string;
      status: string;
      attempts: number;
      last_error: string | null;
    }>('select id, status, attempts, last_error from outbox_message where id = any($1) order by seq', [
      [big, after, other],
    ]);
    expect(rows[0]).toMatchObject({ id: big, status: 'parked', attempts: 2 });
    expect(rows[0]!.last_error).toMatch(/payload|MAX_PAYLOAD|maximum/i);
    // The later event of the same aggregate waits behind the parked one; the other aggregate flows.
    expect(rows[1]).toMatchObject({ id: after, status: 'pending', attempts: 0 });
    expect(rows[2]).toMatchObject({ id: other, status: 'sent' });
  });
});
