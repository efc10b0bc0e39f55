/*
 * What S5 and S9 share: databases of their own on the shared PostgreSQL, the built services started
 * as deployed (`node dist/main.js`, configured by the environment only), and a bus caller that signs
 * its actor the way the gateway does (the development key: these runs are never `production`).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { headers as natsHeaders } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';
import pg from 'pg';
import { root, startProcess, waitForLine } from '../harness.mjs';

export const PG_SERVER = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';
export const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
export const COMPANY = 'BNC';
export const COMMUNITY = 'BN01';
const PLATFORM = '@pcs/platform';

/** Builds once per bench process (incremental tsc, then assets) so services run as deployed. */
let built = false;
export function build(log) {
  if (built) return;
  log('  building (tsc -b tsconfig.build.json, then assets) so the services run as deployed…');
  for (const args of [
    [path.join(root, 'node_modules/typescript/bin/tsc'), '-b', 'tsconfig.build.json'],
    [path.join(root, 'tools/copy-assets.mjs')],
  ]) {
    const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`build step failed: ${args.join(' ')}`);
  }
  built = true;
}

export function databaseUrl(name) {
  return `${PG_SERVER}/${name}`;
}

/** A client of one database; the caller ends it. */
export async function client(name) {
  const c = new pg.Client({ connectionString: databaseUrl(name) });
  await c.connect();
  return c;
}

export async function createDatabase(name) {
  const admin = await client('postgres');
  try {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
}

export async function dropDatabase(name) {
  const admin = await client('postgres');
  try {
    await admin.query(`drop database if exists "${name}" with (force)`);
  } finally {
    await admin.end();
  }
}

/** Applies a service's migrations (its built `migrate.js`, as a deployment does). */
export function migrate(service, name) {
  const result = spawnSync(process.execPath, [path.join(root, `services/${service}/dist/migrate.js`)], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'development', DATABASE_URL: databaseUrl(name), LOG_LEVEL: 'warn' },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`migrating ${service} into ${name} failed:\n${result.stdout}\n${result.stderr}`);
  }
}

/** Starts a built service (or the gateway) and waits for its "started" line; returns it with its port. */
export async function startService(service, { prefix, database, env = {} }) {
  const proc = startProcess(service, `services/${service}/dist/main.js`, {
    env: {
      NODE_ENV: 'development',
      NATS_URL,
      BUS_PREFIX: prefix,
      PORT: '0',
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
      ...(database ? { DATABASE_URL: databaseUrl(database) } : {}),
      ...env,
    },
  });
  try {
    const [line] = await waitForLine(proc, new RegExp(`^\\{.*"msg":"${service} started".*$`, 'm'));
    return { proc, port: Number(JSON.parse(line).port) };
  } catch (error) {
    await proc.stop();
    throw error;
  }
}

/**
 * Sends commands on the bus as the gateway would: the actor in a signed `Pcs-Actor` header, the
 * payload as JSON; returns the reply's data or throws its error.
 */
export async function busCaller(prefix, actor) {
  // Loaded when first needed, not with the module: the cli loads every scenario before the scenario's
  // own build step has written the platform's dist. A specifier in a variable, because Nx's boundary
  // rule reads a literal dynamic import as a lazy-loaded library and then forbids the static imports
  // of it elsewhere in the bench (s3), which runs from source and has no such ordering problem.
  const { BusIdentitySigner, DEVELOPMENT_BUS_KEYS } = await import(PLATFORM);
  const signer = new BusIdentitySigner('gateway', DEVELOPMENT_BUS_KEYS.gateway.privateKey, 3600);
  const token = await signer.sign(actor);
  const nc = await connect({ servers: NATS_URL.split(',') });
  let calls = 0;
  return {
    async request(subject, payload, { timeoutMs = 30_000, idempotencyKey } = {}) {
      const h = natsHeaders();
      h.set('Pcs-Correlation-Id', `bench-${process.pid}-${++calls}`);
      h.set('Pcs-Actor', token);
      if (idempotencyKey) h.set('Pcs-Idempotency-Key', idempotencyKey);
      const msg = await nc.request(`${prefix}.${subject}`, JSON.stringify(payload), {
        timeout: timeoutMs,
        headers: h,
      });
      const reply = JSON.parse(Buffer.from(msg.data).toString('utf8'));
      if (!reply.ok) throw new Error(`${subject}: ${reply.error?.code} ${reply.error?.message}`);
      return reply.data;
    },
    close: () => nc.drain(),
  };
}

/** Row counts of every table of the public schema. */
export async function tableCounts(db) {
  const { rows } = await db.query(
    `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const counts = {};
  for (const { table_name: t } of rows) {
    counts[t] = Number((await db.query(`select count(*)::bigint as n from "${t}"`)).rows[0].n);
  }
  return counts;
}

/** Deletes the JetStream streams of a bus prefix (`<PREFIX>_…`, as BusNames.stream names them). */
export async function deleteStreams(prefix) {
  const { jetstreamManager } = await import('@nats-io/jetstream');
  const nc = await connect({ servers: NATS_URL.split(',') });
  try {
    const jsm = await jetstreamManager(nc);
    const streamPrefix = `${prefix.toUpperCase().replaceAll('-', '_')}_`;
    for await (const info of jsm.streams.list()) {
      if (info.config.name.startsWith(streamPrefix)) await jsm.streams.delete(info.config.name);
    }
  } finally {
    await nc.close();
  }
}
