/*
 * S3 request-reply through our transport: BusClient → NATS → a Nest responder on our NatsRpcServer
 * (validation pipe, error filter, reply envelope), against raw NATS.js request() → a raw responder
 * echoing the bytes. Sequential (one in flight: the added latency) and 16 in flight (throughput).
 */
import { createInterface } from 'node:readline';
import { compare, isAnswerLine } from '../harness.mjs';
import { startS3 } from '../s3/processes.mjs';

export const id = 'S3';
export const title = 'Request-reply: BusClient → NatsRpcServer (Nest) vs raw NATS.js request → raw responder';
export const targets = 'median ratio >= 0.60; sequential p50 adds <= 150 µs; p99 <= 3x the baseline';

/** Sends one command to the requester and waits for its one-line answer. */
function driver(requester) {
  const lines = createInterface({ input: requester.child.stdout });
  const waiting = [];
  lines.on('line', (line) => {
    if (isAnswerLine(line)) waiting.shift()?.(JSON.parse(line));
  });
  return (command) =>
    new Promise((resolve, reject) => {
      waiting.push(resolve);
      requester.exited.then(() =>
        reject(new Error(`requester exited:\n${requester.output().slice(-4_000)}`)),
      );
      requester.child.stdin.write(`${JSON.stringify(command)}\n`);
    });
}

export async function run({ mode, log, runId }) {
  const env = {
    NATS_URL: process.env.NATS_URL ?? 'nats://127.0.0.1:4222',
    // A bus of its own: tests and other runs on the same NATS server never see these subjects.
    BUS_PREFIX: `bench-${runId}`,
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
    BENCH_EXPERIMENT: process.env.BENCH_EXPERIMENT ?? '',
  };
  const { responder, rawResponder, requester, stop } = await startS3(env);
  try {
    const send = driver(requester);
    const arm = (label, name, proc, concurrency) => ({
      label,
      peakRssMiB: () => proc.peakRssMiB(),
      run: (durationMs) => send({ arm: name, concurrency, durationMs }),
    });
    const comparisons = [];
    for (const [concurrency, target] of [
      [1, { minRatio: 0.6, maxAddedP50Us: 150, maxP99Factor: 3 }],
      [16, { minRatio: 0.6, maxP99Factor: 3 }],
    ]) {
      const result = await compare({
        name: `S3 ${concurrency === 1 ? 'sequential' : `${concurrency} in flight`}`,
        candidate: arm('BusClient→NatsRpcServer', 'ours', responder, concurrency),
        baseline: arm('raw NATS.js', 'raw', rawResponder, concurrency),
        mode,
        log,
      });
      comparisons.push({ ...result, load: `${concurrency} in flight, ~260 B JSON echo`, target });
    }
    return comparisons;
  } finally {
    await stop();
  }
}
