#!/usr/bin/env node
/*
 * CPU profiles of S1's candidate under S1's load, for finding what a registration costs:
 *   node bench/src/s1/profile.mjs [connections=50] [communities=16] [dir=/tmp/pcs-bench-profiles]
 * Starts the built complaints service and gateway with --cpu-prof on a fresh migrated database, sends
 * registrations for 30 s after 5 s of warm-up, stops both (the profiles are written on exit) and
 * prints, per process, where the samples taken under load fell by package and by function. Expects a
 * build (`npm run bench -- S1` builds).
 */
import { mkdirSync } from 'node:fs';
import { summariseWindows } from './cpu-profile.mjs';
import { registrationArm } from './load.mjs';
import { stopForProfiles, withComplaintsStack } from './scratch-stack.mjs';
import { communityCodes, staffToken } from './stack.mjs';

const [connections = '50', communities = '16', dir = '/tmp/pcs-bench-profiles'] = process.argv.slice(2);
const LOAD_MS = 30_000;
mkdirSync(dir, { recursive: true });
const codes = communityCodes(Number(communities));
const windows = await withComplaintsStack(
  { label: 'prof', communities: codes, nodeOptions: `--cpu-prof --cpu-prof-dir=${dir}` },
  async (stack) => {
    const arm = registrationArm({
      label: 'gateway→complaints',
      key: 'prof',
      url: `http://127.0.0.1:${stack.gatewayPort}/api/v1/complaints`,
      databaseUrl: stack.url,
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
    return stopForProfiles(stack, start, end);
  },
);
summariseWindows(dir, windows, 40);
