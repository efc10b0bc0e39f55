#!/usr/bin/env node
/*
 * A CPU profile of the billing service during one S5 billing run, to see where a run's time goes:
 *   node bench/src/s5/profile-billing-run.mjs [units=2000] [dir=/tmp/pcs-bench-profiles]
 * Seeds `units` units as S5 does, runs the built service with --cpu-prof, bills one month, stops it,
 * and prints the busy samples by package and the heaviest functions (self time). Expects a build.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  busCaller,
  client,
  COMMUNITY,
  COMPANY,
  createDatabase,
  deleteStreams,
  dropDatabase,
  migrate,
  startService,
} from './billing-stack.mjs';
import { PERIOD, seedBilling } from './seed.mjs';

const units = Number(process.argv[2] ?? 2_000);
const dir = process.argv[3] ?? '/tmp/pcs-bench-profiles';
mkdirSync(dir, { recursive: true });
const before = new Set(readdirSync(dir));
const database = `bench_s5_profile_${process.pid}`;
const prefix = `bench-prof-${process.pid}`;
await createDatabase(database);
let billing;
try {
  migrate('billing', database);
  const db = await client(database);
  await seedBilling(db, units);
  await db.end();
  ({ proc: billing } = await startService('billing', {
    prefix,
    database,
    env: { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${dir}` },
  }));
  const bus = await busCaller(prefix, {
    sub: 'staff-bench',
    name: '基准',
    companyId: COMPANY,
    roles: ['finance'],
    communities: [COMMUNITY],
  });
  const started = Date.now();
  const run = await bus.request(
    'billing.billing-runs.run',
    { communityId: COMMUNITY, period: PERIOD },
    { timeoutMs: 3_600_000 },
  );
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `billed ${run.billsIssued} units in ${seconds.toFixed(1)} s (${(units / seconds).toFixed(0)} units/s)`,
  );
  await bus.close();
} finally {
  await billing?.stop();
  await deleteStreams(prefix).catch(() => undefined);
  await dropDatabase(database);
}

const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile') && !before.has(f));
if (!file) throw new Error('no profile written');
const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const counts = new Map();
for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
const byPackage = new Map();
const byFunction = new Map();
let total = 0;
for (const [id, count] of counts) {
  const { callFrame } = byId.get(id);
  total += count;
  const url = callFrame.url || `(${callFrame.functionName || 'native'})`;
  const pkg =
    /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ??
    /\/(libs|services)\/([^/]+)\//.exec(url)?.slice(1).join('/') ??
    (url.startsWith('node:') ? 'node' : url);
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + count);
  const fn = `${callFrame.functionName || '(anonymous)'} ${path.basename(url)}:${callFrame.lineNumber + 1}`;
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + count);
}
const top = (map, n) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `  ${((v / total) * 100).toFixed(1).padStart(5)} %  ${k}`)
    .join('\n');
console.log(
  `profile ${path.join(dir, file)}: ${total} samples\nby package:\n${top(byPackage, 15)}\nby function (self):\n${top(byFunction, 25)}`,
);
