import { describe, expect, it } from '@jest/globals';
import { oneAtATime } from './one-at-a-time.js';

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 1));

/** A work item that records how many of its kind run at once. */
function tracked(counter: { now: number; most: number; order: string[] }, name: string, fail = false) {
  return async (): Promise<string> => {
    counter.now += 1;
    counter.most = Math.max(counter.most, counter.now);
    counter.order.push(`start ${name}`);
    await tick();
    await tick();
    counter.now -= 1;
    counter.order.push(`end ${name}`);
    if (fail) throw new Error(`${name} failed`);
    return name;
  };
}

describe('oneAtATime', () => {
  it('runs calls with the same key one after another, in the order they came, each getting its own result', async () => {
    const counter = { now: 0, most: 0, order: [] as string[] };
    const results = await Promise.all(
      ['a', 'b', 'c', 'd'].map((name) => oneAtATime('key-1', tracked(counter, name))),
    );
    expect(results).toEqual(['a', 'b', 'c', 'd']);
    expect(counter.most).toBe(1);
    expect(counter.order).toEqual(['a', 'b', 'c', 'd'].flatMap((n) => [`start ${n}`, `end ${n}`]));
  });

  it('runs calls with different keys, or none, at the same time', async () => {
    const counter = { now: 0, most: 0, order: [] as string[] };
    await Promise.all([
      oneAtATime('key-a', tracked(counter, 'a')),
      oneAtATime('key-b', tracked(counter, 'b')),
      oneAtATime(undefined, tracked(counter, 'c')),
      oneAtATime(undefined, tracked(counter, 'd')),
    ]);
    expect(counter.most).toBe(4);
  });

  it('lets the next call run when the one before it fails, and gives each its own outcome', async () => {
    const counter = { now: 0, most: 0, order: [] as string[] };
    const outcomes = await Promise.allSettled([
      oneAtATime('key-2', tracked(counter, 'a', true)),
      oneAtATime('key-2', tracked(counter, 'b')),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'fulfilled']);
    expect(counter.most).toBe(1);
  });

  it('runs a call made inside another with the same key at once (it holds the turn), never waiting on itself', async () => {
    const inner = await oneAtATime('key-3', () => oneAtATime('key-3', async () => 'inner'));
    expect(inner).toBe('inner');
  });

  it('forgets a key once its last call is done', async () => {
    const counter = { now: 0, most: 0, order: [] as string[] };
    await oneAtATime('key-4', tracked(counter, 'a'));
    // A key left behind would have this call wait forever on a call long finished.
    await expect(oneAtATime('key-4', async () => 'again')).resolves.toBe('again');
  });

  it('gives copies of the same request that waited on a successful call its result, as a replay would (through JSON), without running them', async () => {
    let runs = 0;
    const work = async () => {
      runs += 1;
      await tick();
      return { receiptNumber: 'SJ-BN01-2026-000001', at: new Date('2026-12-05T08:00:00Z'), note: undefined };
    };
    const [first, ...copies] = await Promise.all(
      [1, 2, 3, 4].map(() => oneAtATime('key-5', work, 'request-hash-1')),
    );
    expect(runs).toBe(1);
    expect(first!.at).toBeInstanceOf(Date);
    for (const copy of copies) {
      expect(copy).toEqual({ receiptNumber: 'SJ-BN01-2026-000001', at: '2026-12-05T08:00:00.000Z' });
      expect(copy).not.toBe(first);
    }
  });

  it('runs a copy whose request differs, or that waited on a call that failed, or that names no request', async () => {
    const counter = { now: 0, most: 0, order: [] as string[] };
    const outcomes = await Promise.allSettled([
      oneAtATime('key-6', tracked(counter, 'a', true), 'same'),
      oneAtATime('key-6', tracked(counter, 'b'), 'same'),
      oneAtATime('key-6', tracked(counter, 'c'), 'other'),
      oneAtATime('key-6', tracked(counter, 'd')),
      oneAtATime('key-6', tracked(counter, 'e'), 'same'),
    ]);
    // a fails, so b runs itself; e, waiting behind b, gets b's result; c asks for something else
    // and d names no request, so both run.
    expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value : 'failed'))).toEqual([
      'failed',
      'b',
      'c',
      'd',
      'b',
    ]);
    expect(counter.order.filter((o) => o.startsWith('start'))).toEqual([
      'start a',
      'start b',
      'start c',
      'start d',
    ]);
    expect(counter.most).toBe(1);
  });
});
