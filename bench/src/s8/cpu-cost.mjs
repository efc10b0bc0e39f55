#!/usr/bin/env node
/*
 * What one S8 read costs in CPU, process by process, through our path and directly:
 *   node bench/src/s8/cpu-cost.mjs [seconds=10] [total=10000]
 * Loads a register by SQL (S8's seed), starts the built complaints service and gateway, and for each
 * route runs the candidate (HTTP at 8 connections) and the direct SQL arm for `seconds` each, printing
 * CPU ms per request of the gateway, complaints, PostgreSQL, NATS and the load generator. Expects a
 * build. The ratio S8 reports is bounded by these sums: 2 cores serve at most 2,000 ms of CPU a second.
 */
import { cpuSnapshot, formatCosts } from '../cpu-cost.mjs';
import { httpLoad } from '../harness.mjs';
import { withComplaintsStack } from '../s1/scratch-stack.mjs';
import { communityCodes, staffToken } from '../s1/stack.mjs';
import { ROUTES } from '../scenarios/s8-queue.mjs';
import { seedRegister } from './seed.mjs';
import { sqlArm } from './sql-arm.mjs';

const [seconds = '10', total = '10000'] = process.argv.slice(2);
await withComplaintsStack(
  {
    label: 'cpu',
    communities: communityCodes(50),
    prepare: seedRegister(Number(total)),
  },
  async (stack) => {
    const headers = { authorization: `Bearer ${staffToken()}` };
    for (const route of ROUTES) {
      const target = `http://127.0.0.1:${stack.gatewayPort}${route.path}`;
      await httpLoad({ url: target, connections: 8, durationMs: 3_000, headers });
      let snap = cpuSnapshot({ gateway: stack.gateway.pid, complaints: stack.complaints.pid });
      const ours = await httpLoad({
        url: target,
        connections: 8,
        durationMs: Number(seconds) * 1000,
        headers,
      });
      const oursCost = snap.perRequest(ours.requests);
      const direct = sqlArm({ label: 'direct', url: stack.url, connections: 8, work: route.work });
      try {
        await direct.run(3_000);
        snap = cpuSnapshot({});
        const theirs = await direct.run(Number(seconds) * 1000);
        console.log(`\n${route.name}:`);
        console.log(
          `  ours   ${ours.throughput.toFixed(0)} req/s; CPU ms per request: ${formatCosts(oursCost)}`,
        );
        console.log(
          `  direct ${theirs.throughput.toFixed(0)} req/s; CPU ms per request: ${formatCosts(snap.perRequest(theirs.requests))}`,
        );
      } finally {
        await direct.close();
      }
    }
  },
);
