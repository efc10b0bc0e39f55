import { afterAll, beforeAll } from '@jest/globals';
import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/nats-core';
import { jetstream } from '@nats-io/jetstream';
import type { MikroORM } from '@mikro-orm/postgresql';
import {
  BusNames,
  EventConsumer,
  Metrics,
  onEvent,
  OutboxRelay,
  provisionStream,
  type EventConsumerDeps,
  type EventConsumerOptions,
  type OutboxRelayOptions,
} from '@pcs/platform';
import { createBusPrefix, deleteBusResources, testNatsUrl, type TestDatabase } from '@pcs/testing';
import type pg from 'pg';
import { pino } from 'pino';
import { createPlatformDatabase } from './platform-database.js';
import { ThingHappened, THINGS_STREAM } from './thing-happened.js';

export const silent = pino({ level: 'silent' });

export interface PlatformFixture {
  readonly prefix: string;
  readonly names: BusNames;
  readonly database: TestDatabase;
  readonly orm: MikroORM;
  readonly pool: pg.Pool;
  readonly nc: NatsConnection;
  /** A relay over this database and bus; `overrides` for fault hooks, polling, attempts. */
  relay(overrides?: Partial<OutboxRelayOptions>): OutboxRelay;
  /** A consumer of the THINGS stream that records each event's effect in the `effect` table. */
  consumer(
    overrides?: Partial<EventConsumerOptions>,
    deps?: Partial<Pick<EventConsumerDeps, 'orm' | 'metrics' | 'beforeHandle'>> & { nc?: NatsConnection },
  ): EventConsumer;
}

/**
 * A database with the platform tables, a NATS connection and the THINGS stream under a prefix of
 * its own, created before the file's tests and removed after them, with everything they started.
 */
export function usePlatform(): PlatformFixture {
  const prefix = createBusPrefix();
  const names = new BusNames(prefix);
  const started: { stop(): Promise<void> }[] = [];
  const f = { prefix, names } as PlatformFixture & {
    database: TestDatabase;
    orm: MikroORM;
    pool: pg.Pool;
    nc: NatsConnection;
  };

  f.relay = (overrides = {}) => {
    const relay = new OutboxRelay({
      pool: f.pool,
      connectionString: f.database.url,
      js: jetstream(f.nc),
      names,
      logger: silent,
      ...overrides,
    });
    started.push(relay);
    return relay;
  };

  f.consumer = (overrides = {}, deps = {}) => {
    const consumer = new EventConsumer(
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
        ...overrides,
      },
      {
        connection: deps.nc ?? f.nc,
        names,
        orm: deps.orm ?? f.orm,
        logger: silent,
        metrics: deps.metrics ?? new Metrics('test'),
        beforeHandle: deps.beforeHandle,
      },
    );
    started.push(consumer);
    return consumer;
  };

  beforeAll(async () => {
    const { database, orm, pool } = await createPlatformDatabase();
    Object.assign(f, { database, orm, pool, nc: await connect({ servers: testNatsUrl() }) });
    await provisionStream(f.nc, names, THINGS_STREAM);
  });

  afterAll(async () => {
    for (const s of started.reverse()) await s.stop();
    await f.nc?.close();
    await f.pool?.end();
    await f.orm?.close();
    await f.database?.drop();
    await deleteBusResources(prefix);
  });

  return f;
}
