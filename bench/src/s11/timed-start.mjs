/*
 * One timed cold start: spawn a node program, poll its readiness endpoint every few milliseconds, and
 * return the time from spawn to the first 200, with the process's peak RSS and CPU time (user + system,
 * from /proc: what a busy machine distorts far less than wall time) at that moment. The process is
 * stopped (and its exit awaited) before the next start, so starts never overlap.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort, startProcess } from '../harness.mjs';

const POLL_MS = 5;

export async function timedStart(name, script, { env = {}, args = () => [], timeoutMs = 60_000 } = {}) {
  const port = await freePort();
  const started = performance.now();
  const proc = startProcess(name, script, { env: { ...env, PORT: String(port) }, args: args(port) });
  try {
    const url = `http://127.0.0.1:${port}/health/ready`;
    while (performance.now() - started < timeoutMs) {
      if (proc.child.exitCode !== null || proc.child.signalCode !== null) {
        throw new Error(`${name} exited before it was ready:\n${proc.output().slice(-4_000)}`);
      }
      const ok = await fetch(url).then(
        async (res) => (await res.arrayBuffer(), res.ok),
        () => false,
      );
      if (ok)
        return {
          ms: performance.now() - started,
          peakRssMiB: proc.peakRssMiB(),
          cpuMs: cpuMsOf(proc.child.pid),
        };
      await sleep(POLL_MS);
    }
    throw new Error(`${name}: not ready within ${timeoutMs / 1000} s:\n${proc.output().slice(-4_000)}`);
  } finally {
    await proc.stop();
  }
}

/** User + system CPU time of a live process, in ms (Linux clock ticks are 10 ms); null off Linux. */
function cpuMsOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command (which may hold spaces) start at state; utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}
