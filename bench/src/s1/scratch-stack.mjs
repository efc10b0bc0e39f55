/*
 * A scratch complaints service behind the gateway, for the tools that look inside a scenario
 * (profilers, CPU cost per process, SQL capture): a database of its own (migrated by the service,
 * given the reference data of `communities`, then `prepare(url, name)`), a bus prefix of its own, and
 * everything dropped afterwards, whatever happened.
 */
import {
  createDatabase,
  deleteBusResources,
  dropDatabase,
  migrate,
  seedReferenceData,
  startComplaintsBehindGateway,
} from './stack.mjs';

export async function withComplaintsStack({ label, communities, prepare, nodeOptions }, use) {
  const runId = `${process.pid}-${Date.now().toString(36)}`;
  const name = `pcs_bench_${label}_${runId.replace(/-/g, '_')}`;
  const prefix = `bench-${label}-${runId}`;
  const url = await createDatabase(name);
  let stack;
  try {
    migrate('complaints', url);
    await seedReferenceData(url, communities);
    await prepare?.(url, name);
    stack = await startComplaintsBehindGateway({ prefix, databaseUrl: url, nodeOptions });
    return await use({ ...stack, url, name, prefix });
  } finally {
    await Promise.all([stack?.gateway.stop(), stack?.complaints.stop()]);
    await dropDatabase(name);
    await deleteBusResources(prefix).catch(() => undefined);
  }
}

/**
 * Stops the stack's two processes, one after the other, and says when each exited: a V8 CPU profile
 * ends at its process's exit, which places the load window in it (`summarise` in cpu-profile.mjs).
 */
export async function stopForProfiles(stack, start, end) {
  const windows = {};
  for (const [key, proc] of [
    ['gateway', stack.gateway],
    ['complaints', stack.complaints],
  ]) {
    await proc.stop();
    windows[proc.pid] = { key, start, end, exit: Date.now() };
  }
  return windows;
}
