import { setTimeout as sleep } from 'node:timers/promises';
import { isTransactionConflict } from '../errors/transient-failure.js';

export interface TransactionRetryPolicy {
  /** Runs after the first, at most: a conflict that keeps coming back is load to shed, not to chase. */
  retries: number;
  /** The n-th retry waits a random time up to `baseDelayMs * 2^n` (full jitter), so rivals drift apart. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const TRANSACTION_RETRY: TransactionRetryPolicy = { retries: 3, baseDelayMs: 10, maxDelayMs: 200 };

/** Time and chance, replaceable in tests. */
export interface RetryClock {
  sleep(ms: number): Promise<unknown>;
  random(): number;
}

const realClock: RetryClock = { sleep: (ms) => sleep(ms), random: Math.random };

/**
 * Runs a whole transaction again when PostgreSQL rolled it back for losing a race (serialization
 * failure 40001, deadlock 40P01): nothing of it was kept, so running it again is safe, and it almost
 * always succeeds the second time (decision 0076). Anything else, and the last conflict, surfaces.
 */
export async function retryTransactionConflicts<T>(
  transaction: () => Promise<T>,
  policy: TransactionRetryPolicy = TRANSACTION_RETRY,
  clock: RetryClock = realClock,
): Promise<T> {
  for (let retry = 0; ; retry++) {
    try {
      return await transaction();
    } catch (error) {
      if (retry >= policy.retries || !isTransactionConflict(error)) throw error;
      await clock.sleep(jitteredDelayMs(retry, policy, clock.random()));
    }
  }
}

export function jitteredDelayMs(retry: number, policy: TransactionRetryPolicy, random: number): number {
  return Math.floor(random * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry + 1)));
}
