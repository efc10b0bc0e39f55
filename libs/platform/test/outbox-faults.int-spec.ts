import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/nats-core';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { MikroORM } from '@mikro-orm/postgresql';
import { BusNames, EventConsumer, Metrics, onEvent, OutboxRelay, provisionStream } from '@pcs/platform';
import {
  createBusPrefix,
  deleteBusResources,
  eventually,
  testNatsUrl,
  type TestDatabase,
} from '@pcs/testing';
import type pg from 'pg';
import { pino } from 'pino';
import { createPlatformDatabase } from './support/platform-database.js';
import { ThingHappened, THINGS_STREAM } from './support/thing-happened.js';

const ITERATIONS = Number(process.env['OUTBOX_FAULT_ITERATIONS'] ?? 100);
const FAULT_POINTS = ['after_commit', 'after_publish', 'after_mark'] as const;
const CHILD = path.join(import.meta.dirname, 'fixtures', 'relay-child.ts');

/** Runs one relay process and SIGKILLs it the moment it reports reaching the fault point. */
function runAndKill(env: Record<string, string>): Promise<'killed' | 'finished'> {
  return new Promise((resolve, reject) => {
    // Plain node on the built relay: no loader, no source condition.
    const child = spawn(process.execPath, [CHILD], {
      env: { ...process.env, ...env, NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let killed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      if (!killed && chunk.toString().includes('REACHED')) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code, signal) => {
      if (signal === 'SIGKILL' && killed) resolve('killed');
      else if (code === 0) resolve('finished');
      else reject(new Error(`relay child failed (${signal ?? code}): ${stderr}`));
    });
  });
}

describe('outbox relay killed at each point (SIGKILL of a child process)', () => {
  const prefix = createBusPrefix();
  const names = new BusNames(prefix);
  let database: TestDatabase;
  let orm: MikroORM;
  let pool: pg.Pool;
  let nc: NatsConnection;
  let consumer: EventConsumer;

  beforeAll(async () => {
    ({ database, orm, pool } = await createPlatformDatabase());
    nc = await connect({ servers: testNatsUrl() });
    await provisionStream(nc, names, THINGS_STREAM);
    consumer = new EventConsumer(
      {
        name: 'things-effects',
        stream: THINGS_STREAM.stream,
        filterSubject: THINGS_STREAM.streamSubjects,
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
      { connection: nc, names, orm, logger: pino({ level: 'silent' }), metrics: new Metrics('test') },
    );
    consumer.start();
  });

  afterAll(async () => {
    await consumer?.stop();
    await nc?.close();
    await pool?.end();
    await orm?.close();
    await database?.drop();
    await deleteBusResources(prefix);
  });

  it(`delivers every event exactly once in effect after ${ITERATIONS} kills at each of ${FAULT_POINTS.join(', ')}`, async () => {
    const ids: string[] = [];
    const outcomes = { killed: 0, finished: 0 };
    for (let i = 0; i < ITERATIONS; i++) {
      for (const fault of FAULT_POINTS) {
        const n = ids.length;
        const id = `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`;
        ids.push(id);
        const outcome = await runAndKill({
          DATABASE_URL: database.url,
          NATS_URL: testNatsUrl(),
          BUS_PREFIX: prefix,
          FAULT: fault,
          EVENT_ID: id,
          EVENT_N: String(n),
        });
        outcomes[outcome]++;
      }
    }
    expect(outcomes.killed).toBe(ITERATIONS * FAULT_POINTS.length);

    // The restarted relay publishes whatever the killed ones left.
    const relay = new OutboxRelay({
      pool,
      connectionString: database.url,
      js: jetstream(nc),
      names,
      logger: pino({ level: 'silent' }),
    });
    await relay.drain();

    const { rows: unsent } = await pool.query(`select id from outbox_message where status <> 'sent'`);
    expect(unsent).toEqual([]);

    await eventually(
      async () => {
        const { rows } = await pool.query<{ n: string }>('select count(*) as n from effect');
        expect(Number(rows[0]!.n)).toBe(ids.length);
      },
      30_000,
      200,
    );
    // Every event has exactly one effect: none lost, none applied twice.
    const { rows: perEvent } = await pool.query<{ event_id: string; c: string }>(
      'select event_id, count(*) as c from effect group by event_id',
    );
    expect(perEvent.map((r) => r.event_id).sort()).toEqual([...ids].sort());
    expect(perEvent.every((r) => r.c === '1')).toBe(true);

    // Re-publishing after a kill between publish and mark was recognised as a duplicate by the stream.
    const jsm = await jetstreamManager(nc);
    const info = await jsm.streams.info(names.stream(THINGS_STREAM.stream));
    expect(info.state.messages).toBe(ids.length);
  });
});
