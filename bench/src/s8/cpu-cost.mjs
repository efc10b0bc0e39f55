#!/usr/bin/env node
/*
 * What one S8 read costs in CPU, process by process, through our path and directly:
 *   node bench/src/s8/cpu-cost.mjs [seconds=10] [total=10000]
 * Loads a register by SQL (S8's seed), starts the built complaints service and gateway, and for each
 * route runs the candidate (HTTP at 8 connections) and the direct SQL arm for `seconds` each, printing
 * CPU ms per request of the gateway, complaints, PostgreSQL, NATS and the load generator. Expects a
 * build. The ratio S8 reports is bounded by these sums: 2 cores serve at most 2,000 ms of CPU a second.
 */
import { cpuSnapshot } from '../cpu-cost.mjs';
import { httpLoad } from '../harness.mjs';
import { ROUTES } from '../scenarios/s8-queue.mjs';
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
import { sqlArm } from './sql-arm.mjs';

const [seconds = '10', total = '10000'] = process.argv.slice(2);
const runId = `${process.pid}-${Date.now().toString(36)}`;
const name = `pcs_bench_cpu_${runId.replace(/-/g, '_')}`;
const prefix = `bench-cpu-${runId}`;
const url = await createDatabase(name);
let stack;
const fmt = (costs) =>
  Object.entries(costs)
    .filter(([k]) => k !== 'wallSeconds')
    .map(([k, v]) => `${k} ${v.toFixed(2)}`)
    .join(', ');
try {
  migrate('complaints', url);
  await seedReferenceData(url, communityCodes(50));
  await seedComplaints(url, {
    total: Number(total),
    open: Math.min(5_000, Number(total) / 10),
    communities: 50,
  });
  stack = await startComplaintsBehindGateway({ prefix, databaseUrl: url });
  const headers = { authorization: `Bearer ${staffToken()}` };
  for (const route of ROUTES) {
    const target = `http://127.0.0.1:${stack.gatewayPort}${route.path}`;
    await httpLoad({ url: target, connections: 8, durationMs: 3_000, headers });
    let snap = cpuSnapshot({ gateway: stack.gateway.pid, complaints: stack.complaints.pid });
    const ours = await httpLoad({ url: target, connections: 8, durationMs: Number(seconds) * 1000, headers });
    const oursCost = snap.perRequest(ours.requests);
    const direct = sqlArm({ label: 'direct', url, connections: 8, work: route.work });
    await direct.run(3_000);
    snap = cpuSnapshot({});
    const theirs = await direct.run(Number(seconds) * 1000);
    const theirsCost = snap.perRequest(theirs.requests);
    await direct.close();
    console.log(`\n${route.name}:`);
    console.log(`  ours   ${ours.throughput.toFixed(0)} req/s; CPU ms per request: ${fmt(oursCost)}`);
    console.log(`  direct ${theirs.throughput.toFixed(0)} req/s; CPU ms per request: ${fmt(theirsCost)}`);
  }
} finally {
  await Promise.all([stack?.gateway.stop(), stack?.complaints.stop()]);
  await dropDatabase(name);
  await deleteBusResources(prefix).catch(() => undefined);
}
