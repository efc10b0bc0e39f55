#!/usr/bin/env node
/*
 * CPU profiles of S8's candidate under S8's load, for finding what a read through the path costs:
 *   node bench/src/s8/profile.mjs [route=counts|queue|overdue] [total=10000] [dir=/tmp/pcs-bench-profiles]
 * Loads a register by SQL (S8's seed), starts the built complaints service and gateway with
 * --cpu-prof, sends the route's GET at 8 connections for 30 s, stops both (profiles are written on
 * exit) and prints, per process, where the samples taken under load fell. Expects a build.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { httpLoad } from '../harness.mjs';
import { summarise } from '../s1/cpu-profile.mjs';
import {
  communityCodes,
  createDatabase,
  deleteBusResources,
  dropDatabase,
  migrate,
  seedReferenceData,
  staffToken,
  startComplaintsBehindGateway,
} from '../s1/stack.mjs';
import { seedComplaints } from './seed.mjs';

const [route = 'counts', total = '10000', dir = '/tmp/pcs-bench-profiles'] = process.argv.slice(2);
const PATHS = {
  counts: '/api/v1/complaints/counts?communityId=BN07',
  queue: '/api/v1/complaints?communityId=BN07&status=assigned&limit=20',
  overdue: '/api/v1/complaints?communityId=BN07&overdue=true&limit=20',
};
if (!PATHS[route]) throw new Error(`route is one of ${Object.keys(PATHS).join(', ')}`);
const LOAD_MS = 30_000;
mkdirSync(dir, { recursive: true });
const runId = `${process.pid}-${Date.now().toString(36)}`;
const name = `pcs_bench_prof_${runId.replace(/-/g, '_')}`;
const prefix = `bench-prof-${runId}`;
const url = await createDatabase(name);
const windows = {};
let stack;
try {
  migrate('complaints', url);
  await seedReferenceData(url, communityCodes(50));
  await seedComplaints(url, {
    total: Number(total),
    open: Math.min(5_000, Number(total) / 10),
    communities: 50,
  });
  stack = await startComplaintsBehindGateway({
    prefix,
    databaseUrl: url,
    nodeOptions: `--cpu-prof --cpu-prof-dir=${dir}`,
  });
  const target = `http://127.0.0.1:${stack.gatewayPort}${PATHS[route]}`;
  const headers = { authorization: `Bearer ${staffToken()}` };
  await httpLoad({ url: target, connections: 8, durationMs: 5_000, headers }); // warm-up
  const start = Date.now();
  const result = await httpLoad({ url: target, connections: 8, durationMs: LOAD_MS, headers });
  const end = Date.now();
  console.log(
    `load: ${result.throughput.toFixed(0)} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, failures ${JSON.stringify(result.failures ?? 0)}`,
  );
  for (const [key, proc] of [
    ['gateway', stack.gateway],
    ['complaints', stack.complaints],
  ]) {
    await proc.stop();
    windows[proc.pid] = { key, start, end, exit: Date.now() };
  }
} finally {
  await Promise.all([stack?.gateway.stop(), stack?.complaints.stop()]);
  await dropDatabase(name);
  await deleteBusResources(prefix).catch(() => undefined);
}

// Node names a profile CPU.<date>.<time>.<pid>.<tid>.<seq>.cpuprofile.
for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
  const pid = /\.(\d+)\.\d+\.\d+\.cpuprofile$/.exec(file)?.[1];
  const window = windows[pid];
  if (!window) continue;
  console.log(`\n### ${window.key}`);
  summarise(path.join(dir, file), 30, window);
}
