/*
 * CPU time per request, by process, read from /proc: what a request really costs each process on a
 * machine where a profile's wall-clock samples mostly show waiting for a CPU (on 2 cores, a write
 * that wakes another process often hands it the core, and the writer's sample lands in writeBuffer).
 */
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** CPU seconds (user + system) of a process and its threads so far; 0 once it is gone. */
function cpuOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command (which may hold spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

function commandOf(pid) {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '';
  }
}

/** Every process whose command name is `comm` (PostgreSQL's backends, nats-server). */
function pidsNamed(comm) {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d) && commandOf(d) === comm)
    .map(Number);
}

/**
 * Samples the CPU time of named groups: `{ gateway: pid, complaints: pid }` plus PostgreSQL, NATS and
 * this process (the load generator or direct SQL arm). PostgreSQL's backends come and go, so its
 * processes are listed at both ends (a backend that exited in between is not counted).
 */
export function cpuSnapshot(pids = {}) {
  const groups = Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, [pid]]));
  groups.postgres = pidsNamed('postgres');
  groups['nats-server'] = pidsNamed('nats-server');
  const self = process.cpuUsage();
  const before = Object.fromEntries(
    Object.entries(groups).map(([k, list]) => [k, new Map(list.map((p) => [p, cpuOf(p)]))]),
  );
  return {
    /** CPU ms per request of each group between the snapshot and now. */
    perRequest(requests) {
      const out = {};
      for (const [k, start] of Object.entries(before)) {
        let seconds = 0;
        for (const [pid, s] of start) {
          const now = cpuOf(pid);
          if (now >= s) seconds += now - s;
        }
        if (k === 'postgres') {
          for (const pid of pidsNamed('postgres')) if (!start.has(pid)) seconds += cpuOf(pid);
        }
        out[k] = (1000 * seconds) / requests;
      }
      const used = process.cpuUsage(self);
      out['load generator'] = (used.user + used.system) / 1000 / requests;
      out.total = Object.values(out).reduce((a, b) => a + b, 0);
      return out;
    },
  };
}

/** `gateway 0.50, complaints 0.76, …, total 2.21` (CPU ms per request). */
export function formatCosts(costs) {
  return Object.entries(costs)
    .map(([k, v]) => `${k} ${v.toFixed(2)}`)
    .join(', ');
}
