#!/usr/bin/env node
/*
 * A CPU profile of one service's cold start, for finding what a start costs:
 *   node bench/src/s11/profile-start.mjs <complaints|maintenance|billing|residents|gateway> [dir]
 * Migrates a fresh database, starts the built service with --cpu-prof, stops it as soon as its
 * readiness endpoint says ready (the profile is written on exit) and prints where the samples fell.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { summarise } from '../s1/cpu-profile.mjs';
import {
  createDatabase,
  deleteBusResources,
  dropDatabase,
  JWT_SECRET,
  migrate,
  NATS_URL,
} from '../s1/stack.mjs';
import { timedStart } from './timed-start.mjs';

const [service = 'complaints', dir = '/tmp/pcs-bench-profiles'] = process.argv.slice(2);
mkdirSync(dir, { recursive: true });
const before = new Set(readdirSync(dir));
const runId = `${process.pid}-${Date.now().toString(36)}`;
const prefix = `bench-prof-${runId}`;
const name = `pcs_bench_prof_${runId.replace(/-/g, '_')}`;
const env = {
  NODE_ENV: 'development',
  NATS_URL,
  BUS_PREFIX: prefix,
  LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
  NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${dir}`,
};
try {
  if (service === 'gateway') {
    env.AUTH_JWT_SECRET = JWT_SECRET;
  } else {
    env.DATABASE_URL = await createDatabase(name);
    migrate(service, env.DATABASE_URL);
  }
  const start = await timedStart(service, `services/${service}/dist/main.js`, { env });
  console.log(`${service}: ready ${start.ms.toFixed(0)} ms after spawn (profiling adds a little)`);
} finally {
  if (service !== 'gateway') await dropDatabase(name);
  await deleteBusResources(prefix).catch(() => undefined);
}
for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile') && !before.has(f))) {
  summarise(path.join(dir, file), 40);
}
