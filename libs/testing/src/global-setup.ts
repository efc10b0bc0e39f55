import net from 'node:net';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import pg from 'pg';

/*
 * Jest globalSetup of every integration suite: finds (or starts) PostgreSQL and NATS once, hands their
 * addresses to the test workers through the environment, and clears what dead runs left behind.
 * Jest loads this file outside its module system, so it imports packages only, no sibling files.
 */
export default async function globalSetup(): Promise<void> {
  const infra = await resolveInfra();
  process.env['PCS_TEST_DATABASE_SERVER_URL'] = infra.databaseServerUrl;
  process.env['PCS_TEST_NATS_URL'] = infra.natsUrl;
  await removeLeftovers(infra);
  (globalThis as { __pcsInfra?: TestInfra }).__pcsInfra = infra;
}

const NAME_PREFIX = 'pcs_test_';

/**
 * Where integration tests find PostgreSQL and NATS. TEST_INFRA decides:
 * - `external`: the servers named by DATABASE_URL and NATS_URL (default: this machine's own);
 * - `containers`: fresh ones from testcontainers (needs a container engine);
 * - `auto` (default): external when reachable, else containers; and when neither works, fail
 *   loudly. Tests are never skipped for want of infrastructure.
 */
interface TestInfra {
  /** A URL of the server's `postgres` database; test databases are created beside it. */
  databaseServerUrl: string;
  natsUrl: string;
  stop(): Promise<void>;
}

const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const DEFAULT_NATS_URL = 'nats://127.0.0.1:4222';

async function resolveInfra(env: NodeJS.ProcessEnv = process.env): Promise<TestInfra> {
  const mode = env['TEST_INFRA'] ?? 'auto';
  if (!['auto', 'external', 'containers'].includes(mode)) {
    throw new Error(`TEST_INFRA must be auto, external or containers (got "${mode}")`);
  }
  const databaseServerUrl = serverUrl(env['DATABASE_URL'] ?? DEFAULT_DATABASE_URL);
  const natsUrl = env['NATS_URL'] ?? DEFAULT_NATS_URL;
  if (mode !== 'containers') {
    const [pgUp, natsUp] = await Promise.all([reachable(databaseServerUrl), reachable(natsUrl)]);
    if (pgUp && natsUp) return { databaseServerUrl, natsUrl, stop: async () => undefined };
    const missing = [!pgUp && `PostgreSQL at ${databaseServerUrl}`, !natsUp && `NATS at ${natsUrl}`].filter(
      Boolean,
    );
    if (mode === 'external')
      throw new Error(`TEST_INFRA=external but ${missing.join(' and ')} cannot be reached`);
    try {
      return await startContainers();
    } catch (error) {
      throw new Error(
        `No test infrastructure: ${missing.join(' and ')} cannot be reached, and containers cannot be started ` +
          `(${error instanceof Error ? error.message : String(error)}). Start PostgreSQL and NATS (see .ci/run) ` +
          'or a container engine.',
      );
    }
  }
  return startContainers();
}

async function startContainers(): Promise<TestInfra> {
  const [{ PostgreSqlContainer }, { NatsContainer }] = await Promise.all([
    import('@testcontainers/postgresql'),
    import('@testcontainers/nats'),
  ]);
  const [pg, nats] = await Promise.all([
    new PostgreSqlContainer('postgres:15-alpine').withDatabase('postgres').withUsername('postgres').start(),
    new NatsContainer('nats:2.10-alpine').withJetStream().withUsername('').withPass('').start(),
  ]);
  return {
    databaseServerUrl: pg.getConnectionUri(),
    natsUrl: `nats://${nats.getHost()}:${nats.getMappedPort(4222)}`,
    stop: async () => {
      await Promise.allSettled([pg.stop(), nats.stop()]);
    },
  };
}

function serverUrl(url: string): string {
  const parsed = new URL(url);
  parsed.pathname = '/postgres';
  return parsed.toString();
}

async function reachable(url: string, timeoutMs = 1_500): Promise<boolean> {
  const { hostname, port, protocol } = new URL(url);
  const defaultPort = protocol.startsWith('postgres') ? 5432 : 4222;
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || defaultPort) });
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Removes databases and streams left behind by test processes that no longer run. */
async function removeLeftovers(infra: TestInfra): Promise<void> {
  const server = infra.databaseServerUrl;
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      `select datname from pg_database where datname like '${NAME_PREFIX}%'`,
    );
    for (const { datname } of rows) {
      if (!isAlive(pidIn(datname.slice(NAME_PREFIX.length)))) {
        await client.query(`drop database if exists "${datname}" with (force)`).catch(() => undefined);
      }
    }
  } finally {
    await client.end();
  }
  const nc = await connect({ servers: infra.natsUrl });
  try {
    const jsm = await jetstreamManager(nc);
    for await (const info of jsm.streams.list()) {
      const match = /^T(\d+)X[0-9A-F]+_/.exec(info.config.name);
      if (match && !isAlive(Number(match[1])))
        await jsm.streams.delete(info.config.name).catch(() => undefined);
    }
  } finally {
    await nc.close();
  }
}

function pidIn(name: string): number {
  return Number(/^(\d+)x/.exec(name)?.[1] ?? NaN);
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid)) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
