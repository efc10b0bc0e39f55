import { randomBytes } from 'node:crypto';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import pg from 'pg';

/*
 * Each test file gets its own database and its own bus prefix, so files run in parallel against one
 * PostgreSQL and one NATS without seeing each other. Names carry the creating process id, so that
 * what a killed run left behind can be recognised and removed by the next run (global-setup.ts).
 */
const NAME_PREFIX = 'pcs_test_';

export function testDatabaseServerUrl(): string {
  return process.env['PCS_TEST_DATABASE_SERVER_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

export function testNatsUrl(): string {
  return process.env['PCS_TEST_NATS_URL'] ?? 'nats://127.0.0.1:4222';
}

function token(): string {
  return `${process.pid}x${randomBytes(3).toString('hex')}`;
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `${NAME_PREFIX}${token()}`;
  const server = testDatabaseServerUrl();
  await adminQuery(server, `create database "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => dropDatabase(server, name),
  };
}

/*
 * A pool's end() resolves as soon as it has asked its clients to end, before their sockets close. A
 * forced drop at that moment terminates those closing connections, and the FATAL 57P01 the server
 * sends them surfaces as an unhandled pool 'error' that fails the test file. So the drop first waits
 * for the database's connections to go (they are closing; a bounded number of looks), and forces only
 * what is left: a connection some test leaked.
 */
async function dropDatabase(server: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    for (let look = 0; look < 50; look++) {
      const { rows } = await client.query<{ n: number }>(
        'select count(*)::int as n from pg_stat_activity where datname = $1',
        [name],
      );
      if (rows[0]?.n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await client.query(`drop database if exists "${name}" with (force)`);
  } finally {
    await client.end();
  }
}

/** A bus prefix for one test file, e.g. `t4242xa1b2c3`. */
export function createBusPrefix(): string {
  return `t${token()}`;
}

/** Deletes the streams (and with them the consumers) created under a prefix. */
export async function deleteBusResources(prefix: string): Promise<void> {
  const nc = await connect({ servers: testNatsUrl() });
  try {
    const jsm = await jetstreamManager(nc);
    const streamPrefix = `${prefix.toUpperCase()}_`;
    for await (const info of jsm.streams.list()) {
      if (info.config.name.startsWith(streamPrefix)) await jsm.streams.delete(info.config.name);
    }
  } finally {
    await nc.close();
  }
}

/**
 * One statement on a database, on a connection of its own: for the tests of projects that have no
 * database driver themselves (the gateway's, looking into the services behind it).
 */
export async function queryDatabase<R extends object>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
