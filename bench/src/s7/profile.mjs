#!/usr/bin/env node
/*
 * What a work-order step costs, under S7's load (8 connections, arrival/work/finish on dispatched
 * orders, 30 s):
 *   node bench/src/s7/profile.mjs [dir=/tmp/pcs-bench-profiles]
 * Starts the built maintenance service and gateway with --cpu-prof on a fresh database, drives the
 * steps, stops both (the profiles are written on exit) and prints, per process, where the samples
 * fell by package and by function, and what each step wrote: rows inserted and updated per table
 * and transactions committed, per answered step. Expects a build (`npm run bench -- S7` builds).
 */
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../harness.mjs';
import { summarise } from '../s1/cpu-profile.mjs';
import {
  createDatabase,
  deleteBusResources,
  dropDatabase,
  JWT_SECRET,
  seedReferenceData,
  staffToken,
  startBuilt,
} from '../s1/stack.mjs';
import { client } from '../s5/billing-stack.mjs';
import { transitionsArm } from './transitions-arm.mjs';
import { COMMUNITY, copyOrders, dispatchedOrder, TECHNICIAN } from './work-orders.mjs';

const [dir = '/tmp/pcs-bench-profiles'] = process.argv.slice(2);
const LOAD_MS = 30_000;
mkdirSync(dir, { recursive: true });
const before = new Set(readdirSync(dir));
const runId = `${process.pid}-${Date.now().toString(36)}`;
const name = `bench_s7_prof_${runId.replace(/-/g, '_')}`;
const prefix = `bench-prof-${runId}`;
const url = await createDatabase(name);
const nodeOptions = `--cpu-prof --cpu-prof-dir=${dir}`;
const procs = [];
let db;
try {
  const [maintenancePort, gatewayPort] = [await freePort(), await freePort()];
  procs.push(
    ...(await Promise.all([
      startBuilt('maintenance', {
        prefix,
        port: maintenancePort,
        env: { DATABASE_URL: url, MIGRATE_ON_START: 'true' },
        nodeOptions,
      }),
      startBuilt('gateway', { prefix, port: gatewayPort, env: { AUTH_JWT_SECRET: JWT_SECRET }, nodeOptions }),
    ])),
  );
  await seedReferenceData(url, [COMMUNITY]);
  const template = await dispatchedOrder(gatewayPort);
  db = await client(name);
  const orders = await copyOrders(db, template, 20_000, 'prof', 100_000);
  const stats = async () =>
    (
      await db.query(
        `select relname, n_tup_ins::int as ins, n_tup_upd::int as upd from pg_stat_user_tables
         union all select '(commits)', xact_commit::int, 0 from pg_stat_database where datname = current_database()`,
      )
    ).rows;
  const statsBefore = await stats();
  const arm = transitionsArm({
    label: 'gateway→maintenance',
    port: gatewayPort,
    token: staffToken(TECHNICIAN),
    orders,
    connections: 8,
  });
  const result = await arm.run(LOAD_MS);
  console.log(
    `load: ${result.throughput.toFixed(0)} steps/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, failures ${JSON.stringify(result.failures)}`,
  );
  // The statistics collector reports with a delay; a moment's pause lets the counts settle.
  await new Promise((r) => setTimeout(r, 1_500));
  const steps = [...arm.answered.values()].reduce((a, b) => a + b, 0);
  const was = new Map(statsBefore.map((r) => [r.relname, r]));
  console.log(`per answered step (${steps} steps), rows inserted / updated:`);
  for (const r of await stats()) {
    const b = was.get(r.relname) ?? { ins: 0, upd: 0 };
    const ins = (r.ins - b.ins) / steps;
    const upd = (r.upd - b.upd) / steps;
    if (ins || upd) console.log(`  ${r.relname.padEnd(24)} ${ins.toFixed(2)} / ${upd.toFixed(2)}`);
  }
} finally {
  await db?.end().catch(() => undefined);
  await Promise.all(procs.map((p) => p.stop()));
  await dropDatabase(name);
  await deleteBusResources(prefix).catch(() => undefined);
}

for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile') && !before.has(f))) {
  summarise(path.join(dir, file));
}
