/*
 * The S3 load generator: one process holding both arms' clients. Reads one JSON command per line on
 * stdin ({ arm: 'ours' | 'raw', concurrency, durationMs }), keeps `concurrency` requests in flight for
 * that long, checks every reply against what was sent, and answers one JSON line on stdout with
 * throughput, p50/p99 (ms) and the failures. Prints `ready` on stdout when connected.
 */
import 'reflect-metadata';
import { createInterface } from 'node:readline';
import { defineCommand } from '@pcs/contracts';
import { connect } from '@nats-io/transport-node';
import {
  BusClient,
  BusNames,
  createLogger,
  Metrics,
  NatsConnectionHolder,
  ProcessEnv,
  type LogLevel,
} from '@pcs/platform';
import { BenchEchoV1, ECHO_SUBJECT, RAW_SUBJECT } from './echo.js';

interface Command {
  arm: 'ours' | 'raw';
  concurrency: number;
  durationMs: number;
}

const prefix = process.env['BUS_PREFIX'] ?? '';
const natsUrl = process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222';
const env = Object.assign(new ProcessEnv(), {
  NATS_URL: natsUrl,
  BUS_PREFIX: prefix,
  LOG_LEVEL: (process.env['LOG_LEVEL'] ?? 'info') as LogLevel,
});
const logger = createLogger('bench-requester', env.LOG_LEVEL);
const names = new BusNames(prefix);
// Ours: the connection and client a gateway or service uses (its inbox prefix, timeout, headers).
const ours = await NatsConnectionHolder.open('bench-requester', env, logger);
const client = new BusClient(ours.connection, names, new Metrics('bench-requester'), env.RPC_TIMEOUT_MS);
const echo = defineCommand<BenchEchoV1, BenchEchoV1>({
  subject: ECHO_SUBJECT,
  request: BenchEchoV1,
  summary: 'S3 echo',
});
// Raw: a plain NATS.js connection and request().
// The options our connection has (NatsConnectionHolder): the ratio measures our frameworks, not an option.
const raw = await connect({ servers: natsUrl.split(','), noAsyncTraces: true });
const rawSubject = names.subject(RAW_SUBJECT);
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const TEXT = '物业'.repeat(4) + 'x'.repeat(200);

async function once(arm: Command['arm'], n: number): Promise<boolean> {
  const request = { text: TEXT, n };
  if (arm === 'ours') {
    const reply = await client.request(echo, request);
    return reply.n === n && reply.text === TEXT;
  }
  const msg = await raw.request(rawSubject, encoder.encode(JSON.stringify(request)), {
    timeout: env.RPC_TIMEOUT_MS,
  });
  const reply = JSON.parse(decoder.decode(msg.data)) as BenchEchoV1;
  return reply.n === n && reply.text === TEXT;
}

async function load({ arm, concurrency, durationMs }: Command): Promise<object> {
  const latenciesUs: number[] = [];
  let errors = 0;
  let mismatches = 0;
  let next = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  const worker = async (): Promise<void> => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      try {
        if (!(await once(arm, next++))) mismatches++;
        latenciesUs.push((performance.now() - t0) * 1000);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsedS = (performance.now() - started) / 1000;
  latenciesUs.sort((a, b) => a - b);
  const pct = (p: number): number | null =>
    latenciesUs.length
      ? (latenciesUs[Math.min(latenciesUs.length - 1, Math.ceil((p / 100) * latenciesUs.length) - 1)] ?? 0) /
        1000
      : null;
  return {
    requests: latenciesUs.length + errors,
    throughput: latenciesUs.length / elapsedS,
    p50Ms: pct(50),
    p99Ms: pct(99),
    failures: { errors, mismatches },
  };
}

process.stdout.write('ready\n');
for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const result = await load(JSON.parse(line) as Command);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
await ours.drain();
await raw.drain();
