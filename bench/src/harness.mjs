/*
 * The bench harness: machine facts, child processes to measure, interleaved rounds, statistics.
 * Scenarios (src/scenarios/*.mjs) describe their arms; this file runs them the same way every time.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';

export const root = path.resolve(import.meta.dirname, '../..');

/** Full mode: what the issue asks for. Quick mode: enough to prove the harness and the arms work. */
export const MODES = {
  full: { warmupMs: 5_000, rounds: 3, roundMs: 10_000 },
  quick: { warmupMs: 500, rounds: 2, roundMs: 1_000 },
};

export function machine() {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  };
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * `count` distinct free ports, held open together until all are found: two `freePort()` calls in a
 * row may return the same port, and a process started with PORT=0 beside them may be given one of
 * them, answering another's readiness probe while that one fails to bind (S6 once measured a
 * gateway with no complaints service behind it that way).
 */
export async function freePorts(count) {
  const servers = [];
  try {
    for (let i = 0; i < count; i++) {
      servers.push(
        await new Promise((resolve, reject) => {
          const server = createServer();
          server.once('error', reject);
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
      );
    }
    return servers.map((server) => server.address().port);
  } finally {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  }
}

/** Peak resident set size of a process so far, in MiB (Linux: VmHWM). */
export function peakRssMiB(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = Number(/VmHWM:\s+(\d+)\s+kB/.exec(status)?.[1]);
    return Number.isFinite(kib) ? Math.round((kib / 1024) * 10) / 10 : null;
  } catch {
    return null;
  }
}

/**
 * Starts a node program to measure. Its output is kept (last 64 KiB) so a failure can be shown.
 * `ts: true` runs TypeScript from source the way `npm run docs` does (swc, the @pcs/source condition).
 */
export function startProcess(name, script, { env = {}, args = [], ts = false, stdin = false } = {}) {
  const nodeArgs = ts
    ? ['--conditions=@pcs/source', '--import', '@swc-node/register/esm-register', script, ...args]
    : [script, ...args];
  const child = spawn(process.execPath, nodeArgs, {
    cwd: root,
    env: { ...process.env, ...(ts ? { SWC_NODE_PROJECT: 'tsconfig.base.json' } : {}), ...env },
    stdio: [stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk).slice(-65_536);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return {
    name,
    child,
    pid: child.pid,
    exited,
    output: () => output,
    peakRssMiB: () => peakRssMiB(child.pid),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * Whether a line a bench process printed is one of its JSON answers: our processes' own log lines
 * (pino's, with a level) are JSON too, and may arrive in between.
 */
export function isAnswerLine(line) {
  return line.startsWith('{') && !line.includes('"level":');
}

/** Waits until `check()` is true, failing early when the process dies. */
export async function waitFor(proc, what, check, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.child.exitCode !== null || proc.child.signalCode !== null) {
      throw new Error(`${proc.name} exited before ${what}:\n${proc.output().slice(-4_000)}`);
    }
    if (await check().catch(() => false)) return;
    await sleep(200);
  }
  throw new Error(`${proc.name}: no ${what} within ${timeoutMs / 1000} s:\n${proc.output().slice(-4_000)}`);
}

/** Waits for its output (stdout and stderr, from the start) to match `pattern`; returns the match. */
export async function waitForLine(proc, pattern, timeoutMs = 90_000) {
  let match = null;
  await waitFor(proc, String(pattern), async () => (match = pattern.exec(proc.output())) !== null, timeoutMs);
  return match;
}

/**
 * One HTTP load run with autocannon: loopback only, bounded by `durationMs`. Returns throughput,
 * latency percentiles (ms) and every kind of failure autocannon counts.
 */
export async function httpLoad({ url, connections, durationMs, method = 'GET', body, headers, expectBody }) {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error(`load stays on loopback, not ${url}`);
  const result = await autocannon({
    url,
    connections,
    pipelining: 1,
    duration: durationMs / 1000,
    method,
    body,
    headers,
    expectBody,
  });
  return {
    requests: result.requests.total,
    throughput: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures: {
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      mismatches: result.mismatches ?? 0,
    },
  };
}

export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Percentile of already sorted values (nearest rank). */
export function percentile(sorted, p) {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function failureCount(run) {
  return Object.values(run.failures).reduce((a, b) => a + b, 0);
}

/**
 * Runs one comparison: warm both arms, then candidate and baseline interleaved (A B A B …) for the
 * mode's rounds. `arm.run(durationMs)` does one timed run and returns { throughput, p50Ms, p99Ms,
 * requests, failures }. Returns per-round figures, medians and the median of the per-round ratios.
 */
export async function compare({ name, candidate, baseline, mode, log }) {
  const { warmupMs, rounds, roundMs } = MODES[mode];
  log(`  ${name}: warm-up ${warmupMs / 1000} s each`);
  await candidate.run(warmupMs);
  await baseline.run(warmupMs);
  const perRound = [];
  for (let round = 1; round <= rounds; round++) {
    const a = await candidate.run(roundMs);
    const b = await baseline.run(roundMs);
    const ratio = b.throughput > 0 ? a.throughput / b.throughput : null;
    perRound.push({ round, candidate: a, baseline: b, ratio });
    log(
      `  ${name} round ${round}: ${candidate.label} ${a.throughput.toFixed(0)}/s p50 ${fmt(a.p50Ms)} p99 ${fmt(a.p99Ms)} ms | ` +
        `${baseline.label} ${b.throughput.toFixed(0)}/s p50 ${fmt(b.p50Ms)} p99 ${fmt(b.p99Ms)} ms | ratio ${ratio?.toFixed(3)}`,
    );
  }
  const summarise = (pick) => ({
    throughput: median(perRound.map((r) => pick(r).throughput)),
    p50Ms: median(perRound.map((r) => pick(r).p50Ms)),
    p99Ms: median(perRound.map((r) => pick(r).p99Ms)),
    requests: perRound.reduce((sum, r) => sum + pick(r).requests, 0),
    failures: perRound.reduce((sum, r) => sum + failureCount(pick(r)), 0),
  });
  return {
    name,
    candidate: {
      label: candidate.label,
      ...summarise((r) => r.candidate),
      peakRssMiB: candidate.peakRssMiB?.() ?? null,
    },
    baseline: {
      label: baseline.label,
      ...summarise((r) => r.baseline),
      peakRssMiB: baseline.peakRssMiB?.() ?? null,
    },
    medianRatio: median(perRound.map((r) => r.ratio)),
    rounds: perRound,
  };
}

export function fmt(ms) {
  return ms == null ? '–' : ms < 1 ? ms.toFixed(3) : ms.toFixed(2);
}
