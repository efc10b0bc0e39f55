/*
 * S2 gateway overhead: the real gateway (built, started as its main.ts starts it, on its own bus
 * prefix, plus a bench-only validated echo route) against bare Fastify answering the same routes with
 * the same bodies, at 50 connections: `GET /health/live`, and `POST /bench/echo` (validated body).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { compare, freePort, httpLoad, root, startProcess, waitFor, waitForLine } from '../harness.mjs';

export const id = 'S2';
export const title =
  'Gateway overhead: health and a validated echo through the gateway vs bare Fastify, 50 connections';
export const targets = 'median ratio >= 0.70';
const CONNECTIONS = 50;
const HEALTH = JSON.stringify({ status: 'ok' });
const ECHO = JSON.stringify({ text: `${'物业'.repeat(4)}${'x'.repeat(200)}`, n: 7 });

function build(log) {
  log('  building (tsc -b tsconfig.build.json, then assets) so the gateway runs as deployed…');
  for (const args of [
    [path.join(root, 'node_modules/typescript/bin/tsc'), '-b', 'tsconfig.build.json'],
    [path.join(root, 'tools/copy-assets.mjs')],
  ]) {
    const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`build step failed: ${args.join(' ')}`);
  }
}

function httpArm(label, proc, url, request) {
  return {
    label,
    peakRssMiB: () => proc.peakRssMiB(),
    run: (durationMs) => httpLoad({ url, connections: CONNECTIONS, durationMs, ...request }),
  };
}

const ROUTES = [
  { name: 'S2 health', path: '/health/live', request: { expectBody: HEALTH } },
  {
    name: 'S2 validated echo',
    path: '/bench/echo',
    request: {
      method: 'POST',
      body: ECHO,
      headers: { 'content-type': 'application/json' },
      expectBody: ECHO,
    },
  },
];

/** One request by hand first: a wrong answer fails here, with the body shown, not as a count. */
async function check(port, { path: route, request, invalid }) {
  if (invalid) {
    const refused = await fetch(`http://127.0.0.1:${port}${route}`, {
      method: 'POST',
      body: invalid,
      headers: request.headers,
    });
    await refused.arrayBuffer();
    if (refused.status !== 400 && refused.status !== 422) {
      throw new Error(`${route} on port ${port} accepted an invalid body (${refused.status})`);
    }
  }
  const response = await fetch(`http://127.0.0.1:${port}${route}`, {
    method: request.method ?? 'GET',
    body: request.body,
    headers: request.headers,
  });
  const text = await response.text();
  if (response.status !== 200 || text !== request.expectBody) {
    throw new Error(
      `${route} on port ${port} answered ${response.status} ${text}, not 200 ${request.expectBody}`,
    );
  }
}

export async function run({ mode, log, runId }) {
  build(log);
  const [gatewayPort, fastifyPort] = [await freePort(), await freePort()];
  const gateway = startProcess('gateway', 'bench/src/s2/gateway-with-echo.mjs', {
    env: {
      NODE_ENV: 'development',
      PORT: String(gatewayPort),
      // The gateway listens on 0.0.0.0 in production; the load stays on loopback either way.
      BUS_PREFIX: `bench-${runId}`,
      NATS_URL: process.env.NATS_URL ?? 'nats://127.0.0.1:4222',
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
    },
  });
  const fastify = startProcess('fastify baseline', 'bench/baselines/fastify-http.mjs', {
    args: [String(fastifyPort)],
  });
  try {
    await waitFor(
      gateway,
      'readiness',
      async () => (await fetch(`http://127.0.0.1:${gatewayPort}/health/ready`)).ok,
    );
    await waitForLine(fastify, /listening (\d+)/);
    const comparisons = [];
    for (const route of ROUTES) {
      for (const port of [gatewayPort, fastifyPort]) await check(port, route);
      const result = await compare({
        name: route.name,
        candidate: httpArm('gateway', gateway, `http://127.0.0.1:${gatewayPort}${route.path}`, route.request),
        baseline: httpArm('fastify', fastify, `http://127.0.0.1:${fastifyPort}${route.path}`, route.request),
        mode,
        log,
      });
      const load = `${route.request.method ?? 'GET'} ${route.path}, ${CONNECTIONS} connections`;
      comparisons.push({ ...result, load, target: { minRatio: 0.7 } });
    }
    return comparisons;
  } finally {
    await Promise.all([gateway.stop(), fastify.stop()]);
  }
}
