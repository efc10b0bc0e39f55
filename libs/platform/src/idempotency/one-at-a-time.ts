import { AsyncLocalStorage } from 'node:async_hooks';

/** The keys whose turn the current call holds: a command run inside another keeps its caller's turn. */
const held = new AsyncLocalStorage<ReadonlySet<string>>();
/** The call of this process now running for each key. */
const running = new Map<string, Promise<unknown>>();

/**
 * Runs `work` once no other call of this process with the same key is running. Copies of one request
 * (a double click, a client's retry racing its original) then wait here, holding nothing, instead of
 * in PostgreSQL on the key's row while each holds a pooled connection: in a payment burst with four
 * copies of each key, three sessions of billing's ten on average sat waiting on a key (bench S9).
 * The database stays the arbiter (replicas do not share this map, and a copy that gets its turn still
 * claims the key or replays it); this only keeps copies from filling the pool.
 */
export async function oneAtATime<T>(key: string | undefined, work: () => Promise<T>): Promise<T> {
  const holding = held.getStore();
  if (key === undefined || holding?.has(key)) return work();
  for (let ahead = running.get(key); ahead !== undefined; ahead = running.get(key)) {
    await ahead.catch(() => undefined);
  }
  const turn = held.run(new Set(holding).add(key), work);
  running.set(key, turn);
  try {
    return await turn;
  } finally {
    if (running.get(key) === turn) running.delete(key);
  }
}
