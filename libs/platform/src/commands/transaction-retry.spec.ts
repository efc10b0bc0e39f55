import { describe, expect, it } from '@jest/globals';
import { jitteredDelayMs, retryTransactionConflicts, type RetryClock } from './transaction-retry.js';

const conflict = (): Error => Object.assign(new Error('could not serialize access'), { code: '40001' });
const deadlock = (): Error => Object.assign(new Error('deadlock detected'), { code: '40P01' });

/** Records the waits instead of waiting; chance is fixed. */
function fakeClock(random = 0.5): RetryClock & { waits: number[] } {
  const waits: number[] = [];
  return { waits, sleep: async (ms) => void waits.push(ms), random: () => random };
}

/** A transaction that fails with the given errors, then returns 'done'. */
function failingWith(...errors: Error[]): { run: () => Promise<string>; calls: () => number } {
  let calls = 0;
  return {
    run: async () => {
      const error = errors[calls++];
      if (error) throw error;
      return 'done';
    },
    calls: () => calls,
  };
}

describe('retrying transactions that lost a race (decision 0076)', () => {
  const policy = { retries: 3, baseDelayMs: 10, maxDelayMs: 200 };

  it('runs a transaction rolled back by a serialization failure or deadlock again, after a jittered wait', async () => {
    const tx = failingWith(conflict(), deadlock());
    const clock = fakeClock();
    await expect(retryTransactionConflicts(tx.run, policy, clock)).resolves.toBe('done');
    expect(tx.calls()).toBe(3);
    expect(clock.waits).toEqual([10, 20]);
  });

  it('gives up after the bounded number of retries and surfaces the last conflict', async () => {
    const last = conflict();
    const tx = failingWith(conflict(), conflict(), conflict(), last);
    const clock = fakeClock();
    await expect(retryTransactionConflicts(tx.run, policy, clock)).rejects.toBe(last);
    expect(tx.calls()).toBe(4);
    expect(clock.waits).toHaveLength(3);
  });

  it('never retries anything else: a bug, a lost connection, a domain error', async () => {
    for (const error of [
      new TypeError('x is undefined'),
      Object.assign(new Error('terminating connection'), { code: '57P01' }),
      Object.assign(new Error('duplicate key'), { code: '23505' }),
    ]) {
      const tx = failingWith(error);
      await expect(retryTransactionConflicts(tx.run, policy, fakeClock())).rejects.toBe(error);
      expect(tx.calls()).toBe(1);
    }
  });

  it('waits up to base × 2^n, never more than the cap, spread by chance', () => {
    expect([0, 1, 2, 3, 10].map((n) => jitteredDelayMs(n, policy, 0.999))).toEqual([19, 39, 79, 159, 199]);
    expect(jitteredDelayMs(2, policy, 0)).toBe(0);
  });
});
