#!/usr/bin/env node
/*
 * What one S1 registration costs in CPU, process by process, through our path and through the
 * same-SQL baseline (Fastify → NATS.js → raw responder → node-pg):
 *   node bench/src/s1/cpu-cost.mjs [seconds=10] [connections=8] [communities=16]
 * Expects a build. Prints CPU ms per registration of each process, PostgreSQL, NATS and the load
 * generator; each arm runs alone, after a few seconds of warm-up.
 */
import { cpuSnapshot, formatCosts } from '../cpu-cost.mjs';
import { freePort, startProcess, waitForLine } from '../harness.mjs';
import { registrationArm } from './load.mjs';
import { withComplaintsStack } from './scratch-stack.mjs';
import { communityCodes, createDatabase, dropDatabase, NATS_URL, staffToken } from './stack.mjs';

const [seconds = '10', connections = '8', communities = '16'] = process.argv.slice(2);
const codes = communityCodes(Number(communities));
let sameUrl;
let sameName;
try {
  await withComplaintsStack(
    {
      label: 'cpu',
      communities: codes,
      // A copy of the migrated database with its reference data, as S1 makes its baselines' (a
      // template copy needs the original unused: before the service connects).
      prepare: async (_url, name) => {
        sameName = `${name}_same`;
        sameUrl = await createDatabase(sameName, name);
      },
    },
    async (stack) => {
      const started = [];
      try {
        const subject = `${stack.prefix}.bench.s1.same`;
        const responder = startProcess('same responder', 'bench/baselines/s1-pg-responder.mjs', {
          env: { NATS_URL, DATABASE_URL: sameUrl },
          args: [subject, 'same-sql'],
        });
        const port = await freePort();
        const front = startProcess('same front', 'bench/baselines/s1-http-front.mjs', {
          env: { NATS_URL },
          args: [String(port), subject],
        });
        started.push(responder, front);
        await Promise.all([waitForLine(responder, /^ready$/m), waitForLine(front, /listening (\d+)/)]);
        const sides = [
          [
            'ours',
            stack.gatewayPort,
            stack.url,
            staffToken(),
            { gateway: stack.gateway.pid, complaints: stack.complaints.pid },
          ],
          [
            'same SQL',
            port,
            sameUrl,
            undefined,
            { 'fastify front': front.pid, 'raw responder': responder.pid },
          ],
        ];
        for (const [label, p, url, token, pids] of sides) {
          const arm = (key) =>
            registrationArm({
              label,
              key,
              url: `http://127.0.0.1:${p}/api/v1/complaints`,
              databaseUrl: url,
              token,
              connections: Number(connections),
              communities: codes,
            });
          await arm(`w${label.length}`).run(3_000);
          const snap = cpuSnapshot(pids);
          const result = await arm(`m${label.length}`).run(Number(seconds) * 1000);
          console.log(
            `${label}: ${result.throughput.toFixed(0)} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms; CPU ms per registration: ${formatCosts(snap.perRequest(result.requests))}`,
          );
        }
      } finally {
        await Promise.all(started.map((p) => p.stop()));
      }
    },
  );
} finally {
  if (sameName) await dropDatabase(sameName);
}
