#!/usr/bin/env node
/*
 * Profiles a candidate under the load its scenario puts on it, for finding why a target is missed:
 *   node bench/src/profile.mjs S2 [dir]    the gateway, GET /health/live at 50 connections for 30 s
 *   node bench/src/profile.mjs S3 [dir]    the bus responder, 16 requests in flight for 30 s
 *   node bench/src/profile.mjs S2-baseline [dir]   bare Fastify under S2's load, to compare frames
 *   node bench/src/profile.mjs S2-echo [dir]       the gateway, POST /bench/echo (validated body)
 * Writes a V8 .cpuprofile (open it in Chrome DevTools or speedscope for a flame graph) to `dir`
 * (default /tmp/pcs-bench-profiles) and prints where the samples taken under load fell (start-up
 * left out), by package and by function.
 * Expects a build (the bench itself builds before S2).
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { freePort, httpLoad, isAnswerLine, startProcess, waitFor, waitForLine } from './harness.mjs';
import { summarise } from './s1/cpu-profile.mjs';

const [scenario = 'S2', dir = '/tmp/pcs-bench-profiles'] = process.argv.slice(2);
mkdirSync(dir, { recursive: true });
const before = new Set(readdirSync(dir));
const LOAD_MS = 30_000;
const prof = ['--cpu-prof', `--cpu-prof-dir=${dir}`];
const env = {
  NATS_URL: process.env.NATS_URL ?? 'nats://127.0.0.1:4222',
  BUS_PREFIX: `bench-prof-${process.pid}`,
  LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
  NODE_OPTIONS: prof.join(' '),
};

const kind = scenario.toUpperCase();
const ECHO_BODY = JSON.stringify({ text: '报修：3栋2单元电梯异响', n: 42 });
/** Load start and end, wall clock, to keep only the samples taken under load (not start-up). */
const window = {};

/** S2's load on one port: health, or the validated echo. */
async function s2Load(port, echo) {
  window.start = Date.now();
  const result = await httpLoad({
    url: `http://127.0.0.1:${port}${echo ? '/bench/echo' : '/health/live'}`,
    connections: 50,
    durationMs: LOAD_MS,
    ...(echo ? { method: 'POST', body: ECHO_BODY, headers: { 'content-type': 'application/json' } } : {}),
  });
  window.end = Date.now();
  console.log(`load: ${result.throughput.toFixed(0)} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms`);
}

if (kind === 'S2-BASELINE') {
  const port = await freePort();
  const fastify = startProcess('fastify baseline', 'bench/baselines/fastify-http.mjs', {
    args: [String(port)],
    env,
  });
  await waitForLine(fastify, /^listening /m);
  await s2Load(port, false);
  await fastify.stop();
  window.exit = Date.now();
} else if (kind === 'S2' || kind === 'S2-ECHO') {
  const port = await freePort();
  const gateway = startProcess('gateway', 'bench/src/s2/gateway-with-echo.mjs', {
    env: { ...env, NODE_ENV: 'development', PORT: String(port) },
  });
  await waitFor(gateway, 'readiness', async () => (await fetch(`http://127.0.0.1:${port}/health/ready`)).ok);
  await s2Load(port, kind === 'S2-ECHO');
  await gateway.stop();
  window.exit = Date.now();
} else {
  const responder = startProcess('bus responder', 'bench/src/s3/responder.ts', { env, ts: true });
  const requester = startProcess('requester', 'bench/src/s3/requester.ts', {
    env: { ...env, NODE_OPTIONS: '' },
    ts: true,
    stdin: true,
  });
  await Promise.all([waitForLine(responder, /^ready$/m), waitForLine(requester, /^ready$/m)]);
  const answer = new Promise((resolve) =>
    createInterface({ input: requester.child.stdout }).on('line', (l) => isAnswerLine(l) && resolve(l)),
  );
  window.start = Date.now();
  requester.child.stdin.write(`${JSON.stringify({ arm: 'ours', concurrency: 16, durationMs: LOAD_MS })}\n`);
  console.log(`load: ${await answer}`);
  window.end = Date.now();
  requester.child.stdin.end();
  await Promise.all([requester.stop(), responder.stop()]);
  window.exit = Date.now();
}

const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile') && !before.has(f));
if (!file) throw new Error(`no profile written to ${dir}`);
summarise(path.join(dir, file), 25, window);
