/*
 * S8's baseline arm: the statements a route runs, issued directly over node-pg by `connections`
 * clients in a closed loop, each request timed from its first statement to its last answer.
 */
import pg from 'pg';
import { percentile } from '../harness.mjs';

/**
 * `work(client)` issues one request's statements and returns how many rows the main one answered
 * (a request that answers nothing counts as a failure: the baseline must do the same work).
 */
export function sqlArm({ label, url, connections, work }) {
  let clients;
  return {
    label,
    async run(durationMs) {
      clients ??= await Promise.all(
        Array.from({ length: connections }, async () => {
          const client = new pg.Client({ connectionString: url });
          await client.connect();
          return client;
        }),
      );
      const latencies = [];
      let errors = 0;
      let empty = 0;
      const started = performance.now();
      const deadline = started + durationMs;
      await Promise.all(
        clients.map(async (client) => {
          while (performance.now() < deadline) {
            const t = performance.now();
            try {
              if ((await work(client)) === 0) empty++;
              latencies.push(performance.now() - t);
            } catch {
              errors++;
            }
          }
        }),
      );
      const elapsedS = (performance.now() - started) / 1000;
      latencies.sort((a, b) => a - b);
      return {
        requests: latencies.length,
        throughput: latencies.length / elapsedS,
        p50Ms: percentile(latencies, 50),
        p99Ms: percentile(latencies, 99),
        failures: { errors, empty },
      };
    },
    async close() {
      await Promise.all((clients ?? []).map((c) => c.end()));
    },
  };
}
