#!/usr/bin/env node
/*
 * CPU profiles of S1's candidate under S1's load, for finding what a registration costs:
 *   node bench/src/s1/profile.mjs [connections=50] [communities=16] [dir=/tmp/pcs-bench-profiles]
 * Starts the built complaints service and gateway with --cpu-prof on a fresh migrated database, sends
 * registrations for 30 s after 5 s of warm-up, stops both (the profiles are written on exit) and
 * prints, per process, where the samples taken under load fell by package and by function. Expects a build (`npm run bench -- S1` builds).
 */
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { summarise } from './cpu-profile.mjs';
import { registrationArm } from './load.mjs';
import {
  communityCodes,
  createDatabase,
  deleteBusResources,
  dropDatabase,
  migrate,
  seedReferenceData,
  staffToken,
  startComplaintsBehindGateway,
} from './stack.mjs';

const [connections = '50', communities = '16', dir = '/tmp/pcs-bench-profiles'] = process.argv.slice(2);
const LOAD_MS = 30_000;
mkdirSync(dir, { recursive: true });
const before = new Set(readdirSync(dir));
const runId = `${process.pid}-${Date.now().toString(36)}`;
const name = `pcs_bench_prof_${runId.replace(/-/g, '_')}`;
const prefix = `bench-prof-${runId}`;
const codes = communityCodes(Number(communities));
const url = await createDatabase(name);
let stack;
const windows = {};
try {
  migrate('complaints', url);
  await seedReferenceData(url, codes);
  stack = await startComplaintsBehindGateway({
    prefix,
    databaseUrl: url,
    nodeOptions: `--cpu-prof --cpu-prof-dir=${dir}`,
  });
  const arm = registrationArm({
    label: 'gateway→complaints',
    key: 'prof',
    url: `http://127.0.0.1:${stack.gatewayPort}/api/v1/complaints`,
    databaseUrl: url,
    token: staffToken(),
    connections: Number(connections),
    communities: codes,
  });
  await arm.run(5_000); // warm-up
  const start = Date.now();
  const result = await arm.run(LOAD_MS);
  const end = Date.now();
  console.log(
    `load: ${result.throughput.toFixed(0)} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, failures ${JSON.stringify(result.failures)}`,
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

// Node names a profile CPU.<date>.<time>.<pid>.<tid>.<seq>.cpuprofile; only the load window is summarised.
for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile') && !before.has(f))) {
  const window = windows[/\.(\d+)\.\d+\.\d+\.cpuprofile$/.exec(file)?.[1]];
  if (!window) continue;
  console.log(`\n### ${window.key}`);
  summarise(path.join(dir, file), 40, window);
}
