import { afterEach, describe, expect, it, jest } from '@jest/globals';
import fc from 'fast-check';
import { newId } from './new-id.js';
import { nextV7Stamp, V7_SEQ_MAX, type V7Stamp } from './v7-stamp.js';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The milliseconds and counter an id carries, read back from its text. */
function stampOf(id: string): V7Stamp {
  const hex = id.replaceAll('-', '');
  const bits = BigInt(`0x${hex}`);
  const ms = Number(bits >> 80n);
  const randA = (bits >> 64n) & 0xfffn;
  const randB = bits & ((1n << 62n) - 1n);
  // 12 bits of rand_a and the top 19 of rand_b's 62 make the 31-bit counter.
  const seq = Number((randA << 19n) | (randB >> 43n));
  return { ms, seq };
}

describe('newId', () => {
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('makes RFC 9562 version-7 UUIDs stamped with the clock', () => {
    const before = Date.now();
    const ids = Array.from({ length: 5_000 }, () => newId());
    const after = Date.now();
    for (const id of ids) {
      expect(id).toMatch(V7);
      const { ms } = stampOf(id);
      expect(ms).toBeGreaterThanOrEqual(before);
      expect(ms).toBeLessThanOrEqual(after + 1);
    }
  });

  it('makes ids that sort in the order they were made and never repeat, across many pool refills', () => {
    const ids = Array.from({ length: 50_000 }, () => newId());
    const outOfOrder = ids.filter((id, i) => i > 0 && id <= ids[i - 1]!);
    expect(outOfOrder).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps the order when the clock stands still or goes back', () => {
    const t = Date.now() + 86_400_000;
    const readings = [t, t, t - 1_000, t + 1];
    let i = 0;
    jest.spyOn(Date, 'now').mockImplementation(() => readings[Math.min(i++, readings.length - 1)]!);
    const ids = readings.map(() => newId());
    expect([...ids].sort()).toEqual(ids);
    expect(stampOf(ids[2]!).ms).toBe(t);
    expect(stampOf(ids[3]!).ms).toBe(t + 1);
  });
});

describe('nextV7Stamp', () => {
  const later = (a: V7Stamp, b: V7Stamp) => b.ms > a.ms || (b.ms === a.ms && b.seq > a.seq);

  it('gives every stamp greater than the one before, whatever the clock does (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            now: fc.integer({ min: 0, max: 2 ** 40 }),
            seed: fc.integer({ min: 0, max: 2 ** 30 - 1 }),
          }),
          { minLength: 1, maxLength: 200 },
        ),
        fc.integer({ min: V7_SEQ_MAX - 5, max: V7_SEQ_MAX }),
        (steps, startSeq) => {
          let last: V7Stamp = { ms: steps[0]!.now, seq: startSeq };
          for (const { now, seed } of steps) {
            const next = nextV7Stamp(last, now, seed);
            expect(later(last, next)).toBe(true);
            expect(next.seq).toBeLessThanOrEqual(V7_SEQ_MAX);
            expect(next.ms).toBeGreaterThanOrEqual(now);
            last = next;
          }
        },
      ),
    );
  });

  it('starts a later millisecond at the seed and borrows the next one when the counter is full', () => {
    expect(nextV7Stamp({ ms: 10, seq: 99 }, 11, 7)).toEqual({ ms: 11, seq: 7 });
    expect(nextV7Stamp({ ms: 10, seq: 99 }, 10, 7)).toEqual({ ms: 10, seq: 100 });
    expect(nextV7Stamp({ ms: 10, seq: V7_SEQ_MAX }, 10, 7)).toEqual({ ms: 11, seq: 0 });
  });
});
