#!/usr/bin/env node
/*
 * CPU profiles of S8's candidate under S8's load, for finding what a read through the path costs:
 *   node bench/src/s8/profile.mjs [route=counts|queue|overdue] [total=10000] [dir=/tmp/pcs-bench-profiles]
 * Loads a register by SQL (S8's seed), starts the built complaints service and gateway with
 * --cpu-prof, sends the route's GET at 8 connections for 30 s, stops both (profiles are written on
 * exit) and prints, per process, where the samples taken under load fell. Expects a build.
 */
import { mkdirSync } from 'node:fs';
import { httpLoad } from '../harness.mjs';
import { summariseWindows } from '../s1/cpu-profile.mjs';
import { stopForProfiles, withComplaintsStack } from '../s1/scratch-stack.mjs';
import { communityCodes, staffToken } from '../s1/stack.mjs';
import { seedRegister } from './seed.mjs';

const [route = 'counts', total = '10000', dir = '/tmp/pcs-bench-profiles'] = process.argv.slice(2);
const PATHS = {
  counts: '/api/v1/complaints/counts?communityId=BN07',
  queue: '/api/v1/complaints?communityId=BN07&status=assigned&limit=20',
  overdue: '/api/v1/complaints?communityId=BN07&overdue=true&limit=20',
};
if (!PATHS[route]) throw new Error(`route is one of ${Object.keys(PATHS).join(', ')}`);
const LOAD_MS = 30_000;
mkdirSync(dir, { recursive: true });
const windows = await withComplaintsStack(
  {
    label: 'prof',
    communities: communityCodes(50),
    prepare: seedRegister(Number(total)),
    nodeOptions: `--cpu-prof --cpu-prof-dir=${dir}`,
  },
  async (stack) => {
    const target = `http://127.0.0.1:${stack.gatewayPort}${PATHS[route]}`;
    const headers = { authorization: `Bearer ${staffToken()}` };
    await httpLoad({ url: target, connections: 8, durationMs: 5_000, headers }); // warm-up
    const start = Date.now();
    const result = await httpLoad({ url: target, connections: 8, durationMs: LOAD_MS, headers });
    const end = Date.now();
    console.log(
      `load: ${result.throughput.toFixed(0)} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, failures ${JSON.stringify(result.failures)}`,
    );
    return stopForProfiles(stack, start, end);
  },
);
summariseWindows(dir, windows);
