/*
 * What S1 (and S11) start: databases of their own, migrated by the service's own migrate.js, the
 * reference data registration reads, the built complaints service and gateway as deployed
 * (dist/main.js), and a staff token the gateway accepts. Everything is named after the run, so runs
 * and tests sharing this PostgreSQL and NATS never see each other's data.
 */
import { createHmac } from 'node:crypto';
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import pg from 'pg';
import { freePort, root, startProcess, waitFor } from '../harness.mjs';

export const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const SERVER_URL = process.env.BENCH_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
// The gateway's development secret (services/gateway/src/config/development-secret.ts).
export const JWT_SECRET = 'pcs-development-secret-not-for-production-use-0001';
export const COMPANY = 'HRX';

export function databaseUrl(name) {
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin(sql) {
  const client = new pg.Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database (lower-case name from the run id), or a copy of `template`; returns its URL. */
export async function createDatabase(name, template) {
  await admin(`create database "${name}"${template ? ` template "${template}"` : ''}`);
  return databaseUrl(name);
}

export async function dropDatabase(name) {
  await admin(`drop database if exists "${name}" with (force)`).catch(() => undefined);
}

/** One query on a database, on a connection of its own. */
export async function query(url, sql, params = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Migrates a database with a service's own built migrate.js, as a deployment does. */
export function migrate(service, url) {
  const result = spawnSync(process.execPath, [path.join(root, `services/${service}/dist/migrate.js`)], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'development', DATABASE_URL: url, PORT: '0', LOG_LEVEL: 'warn' },
    encoding: 'utf8',
  });
  if (result.status !== 0)
    throw new Error(`migrating ${service} failed:\n${result.stdout}\n${result.stderr}`);
}

/**
 * The reference data registration reads: the community replica (its time zone) and the company
 * calendar, as residents' community.created and the calendar's events would have left them.
 */
export async function seedReferenceData(url, communities) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const communityId of communities) {
      await client.query(
        `insert into community_replica (company_id, community_id, name, time_zone, version)
         values ($1, $2, $3, 'Asia/Shanghai', 1)`,
        [COMPANY, communityId, `${communityId}花园`],
      );
    }
    const year = new Date().getUTCFullYear();
    for (const y of [year, year + 1]) {
      await client.query(
        `insert into calendar_year_replica (company_id, year, holidays, make_up_workdays, version, updated_at)
         values ($1, $2, $3, '[]', 1, now())`,
        [COMPANY, y, JSON.stringify([`${y}-01-01`, `${y}-10-01`, `${y}-10-02`, `${y}-10-03`])],
      );
    }
  } finally {
    await client.end();
  }
}

/** Community codes GZ01 … (the pattern [A-Z][A-Z0-9]{1,15}). */
export function communityCodes(count) {
  return Array.from({ length: count }, (_, i) => `BN${String(i + 1).padStart(2, '0')}`);
}

/** An HS256 staff token as the development identity provider issues it. */
export function staffToken(claims = {}) {
  const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const payload = {
    sub: 'staff-bench',
    name: '压测',
    company: COMPANY,
    roles: ['admin'],
    communities: ['*'],
    ...claims,
    iat: now,
    exp: now + 6 * 3600,
  };
  const head = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(payload)}`;
  return `${head}.${createHmac('sha256', JWT_SECRET).update(head).digest('base64url')}`;
}

function serviceEnv(prefix, extra) {
  return {
    NODE_ENV: 'development',
    NATS_URL,
    BUS_PREFIX: prefix,
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
    ...extra,
  };
}

/** Starts a built service (dist/main.js) and waits until its readiness endpoint says ready. */
export async function startBuilt(service, { prefix, port, env = {}, nodeOptions } = {}) {
  const proc = startProcess(service, `services/${service}/dist/main.js`, {
    env: {
      ...serviceEnv(prefix, { PORT: String(port), ...env }),
      ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}),
    },
  });
  await waitFor(proc, 'readiness', async () => (await fetch(`http://127.0.0.1:${port}/health/ready`)).ok);
  return proc;
}

/** The complaints service on its own database, and the gateway in front of it, both ready. */
export async function startComplaintsBehindGateway({ prefix, databaseUrl: url, nodeOptions }) {
  const [complaintsPort, gatewayPort] = [await freePort(), await freePort()];
  const complaints = await startBuilt('complaints', {
    prefix,
    port: complaintsPort,
    env: { DATABASE_URL: url },
    nodeOptions,
  });
  const gateway = await startBuilt('gateway', {
    prefix,
    port: gatewayPort,
    env: { AUTH_JWT_SECRET: JWT_SECRET },
    nodeOptions,
  });
  return { complaints, gateway, gatewayPort };
}

/** Deletes the JetStream streams (and their consumers) a run created under its bus prefix. */
export async function deleteBusResources(prefix) {
  const nc = await connect({ servers: NATS_URL.split(',') });
  try {
    const jsm = await jetstreamManager(nc);
    // As BusNames.stream names them: upper case, hyphens as underscores.
    const streamPrefix = `${prefix.toUpperCase().replaceAll('-', '_')}_`;
    for await (const info of jsm.streams.list()) {
      if (info.config.name.startsWith(streamPrefix)) await jsm.streams.delete(info.config.name);
    }
  } finally {
    await nc.close();
  }
}

/** Builds what the bench starts, so that every service runs as deployed (incremental: fast when built). */
export function build(log) {
  log('  building (tsc -b tsconfig.build.json, assets, bundles) so the services run as deployed…');
  for (const args of [
    [path.join(root, 'node_modules/typescript/bin/tsc'), '-b', 'tsconfig.build.json'],
    [path.join(root, 'tools/copy-assets.mjs')],
    [path.join(root, 'tools/bundle.mjs')],
  ]) {
    const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`build step failed: ${args.join(' ')}`);
  }
}

/** migrate(), without blocking: for migrating several services' databases at once. */
export function migrateAsync(service, url) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, `services/${service}/dist/migrate.js`)], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'development', DATABASE_URL: url, PORT: '0', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`migrating ${service} failed:\n${output}`)),
    );
  });
}
