import { AsyncLocalStorage } from 'node:async_hooks';

/** The keys whose turn the current call holds: a command run inside another keeps its caller's turn. */
const held = new AsyncLocalStorage<ReadonlySet<string>>();

interface Turn {
  /** Settles when the call is done: for a command, after its transaction committed or rolled back. */
  done: Promise<unknown>;
  /** What the call asked for (see `oneAtATime`), or undefined when its result is not to be shared. */
  request: string | undefined;
}

/** The call of this process now running for each key. */
const running = new Map<string, Turn>();

/**
 * Runs `work` once no other call of this process with the same key is running. Copies of one request
 * (a double click, a client's retry racing its original) then wait here, holding nothing, instead of
 * in PostgreSQL on the key's row while each holds a pooled connection: in a payment burst with four
 * copies of each key, three sessions of billing's ten on average sat waiting on a key (bench S9).
 *
 * A copy that waited on a call with the same `request` (the same operation, payload and caller, as
 * its caller fingerprints them) which succeeded gets that call's result as a replay would give it
 * (through JSON, as stored with the key) without running: it would only have replayed what that call
 * committed (decision 0186). Any other copy runs `work` when its turn comes, and the database stays
 * the arbiter (replicas do not share this map; a copy that runs still claims the key or replays it).
 */
export async function oneAtATime<T>(
  key: string | undefined,
  work: () => Promise<T>,
  request?: string,
): Promise<T> {
  const holding = held.getStore();
  if (key === undefined || holding?.has(key)) return work();
  for (let ahead = running.get(key); ahead !== undefined; ahead = running.get(key)) {
    const outcome = await ahead.done.then(
      (value) => ({ succeeded: true, value }),
      () => ({ succeeded: false, value: undefined }),
    );
    if (outcome.succeeded && request !== undefined && ahead.request === request)
      return JSON.parse(JSON.stringify(outcome.value ?? null)) as T;
  }
  const turn: Turn = { done: held.run(new Set(holding).add(key), work), request };
  running.set(key, turn);
  try {
    return (await turn.done) as T;
  } finally {
    if (running.get(key) === turn) running.delete(key);
  }
}
