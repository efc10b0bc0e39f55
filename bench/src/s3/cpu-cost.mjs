#!/usr/bin/env node
/*
 * CPU µs per request of each process of S3 (requester, our responder or the raw one, nats-server),
 * each arm at 1 and 16 in flight for 10 s, from /proc (`../cpu-cost.mjs`): which side of the bus our
 * transport's cost is on.
 *   node bench/src/s3/cpu-cost.mjs
 */
import { createInterface } from 'node:readline';
import { cpuSnapshot } from '../cpu-cost.mjs';
import { isAnswerLine } from '../harness.mjs';
import { startS3 } from './processes.mjs';

const env = {
  NATS_URL: process.env.NATS_URL ?? 'nats://127.0.0.1:4222',
  BUS_PREFIX: `bench-s3cpu-${process.pid}`,
  LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
};
const { responder, rawResponder: raw, requester, stop } = await startS3(env);
try {
  const answers = createInterface({ input: requester.child.stdout })[Symbol.asyncIterator]();
  const ask = async (command) => {
    requester.child.stdin.write(`${JSON.stringify(command)}\n`);
    for (;;) {
      const { value } = await answers.next();
      if (isAnswerLine(value)) return JSON.parse(value);
    }
  };
  for (const concurrency of [1, 16]) {
    for (const arm of ['ours', 'raw']) {
      await ask({ arm, concurrency, durationMs: 3_000 }); // warm-up
      const pids = {
        requester: requester.child.pid,
        responder: (arm === 'ours' ? responder : raw).child.pid,
      };
      const snapshot = cpuSnapshot(pids);
      const result = await ask({ arm, concurrency, durationMs: 10_000 });
      const perRequestMs = snapshot.perRequest(result.requests);
      // This script and PostgreSQL do nothing for S3.
      const shown = ['requester', 'responder', 'nats-server'].map((k) => [k, perRequestMs[k] ?? 0]);
      shown.push(['total', shown.reduce((sum, [, ms]) => sum + ms, 0)]);
      const us = shown.map(([k, ms]) => `${k} ${(ms * 1000).toFixed(1)}`).join(', ');
      console.log(
        `${arm.padEnd(4)} ${String(concurrency).padStart(2)} in flight: ${Math.round(result.throughput)} req/s; CPU µs per request: ${us}`,
      );
    }
  }
} finally {
  await stop();
}
