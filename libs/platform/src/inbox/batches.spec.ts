import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { batchesOf } from './batches.js';

/** A source whose items arrive when the test pushes them, as a subscription's do. */
function pushed<T>() {
  const queue: T[] = [];
  let wake: (() => void) | undefined;
  let done = false;
  let pulled = 0;
  const source: AsyncIterable<T> = {
    async *[Symbol.asyncIterator]() {
      for (;;) {
        if (queue.length) {
          pulled++;
          yield queue.shift() as T;
        } else if (done) return;
        else await new Promise<void>((resolve) => (wake = resolve));
      }
    },
  };
  return {
    source,
    push: (...items: T[]) => {
      queue.push(...items);
      wake?.();
    },
    end: () => {
      done = true;
      wake?.();
    },
    pulled: () => pulled,
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('batchesOf (consumers apply what arrived meanwhile in one transaction)', () => {
  it('hands out a lone item at once, without waiting for more', async () => {
    const s = pushed<number>();
    const batches = batchesOf(s.source, 10);
    s.push(1);
    await expect(batches.next()).resolves.toEqual({ value: [1], done: false });
    s.end();
    await expect(batches.next()).resolves.toEqual({ value: undefined, done: true });
  });

  it('gathers what arrived while the previous batch was worked on, at most max at a time', async () => {
    const s = pushed<number>();
    const batches = batchesOf(s.source, 3);
    s.push(1);
    expect((await batches.next()).value).toEqual([1]);
    s.push(2, 3, 4, 5, 6);
    await tick();
    expect((await batches.next()).value).toEqual([2, 3, 4]);
    await tick();
    expect((await batches.next()).value).toEqual([5, 6]);
    s.end();
    expect((await batches.next()).done).toBe(true);
  });

  it('stops reading the source while max items wait (memory stays bounded)', async () => {
    const s = pushed<number>();
    const batches = batchesOf(s.source, 2);
    const first = batches.next();
    s.push(1, 2, 3, 4, 5, 6);
    await first;
    for (let i = 0; i < 5; i++) await tick();
    // One handed out, at most two waiting, and the one the reader is blocked on.
    expect(s.pulled()).toBeLessThanOrEqual(4);
  });

  it('ends after the items already read, and passes on what the source threw', async () => {
    const failing: AsyncIterable<number> = {
      async *[Symbol.asyncIterator]() {
        yield 1;
        yield 2;
        throw new Error('connection closed');
      },
    };
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const batch of batchesOf(failing, 5)) seen.push(...batch);
      })(),
    ).rejects.toThrow('connection closed');
    expect(seen).toEqual([1, 2]);
  });

  it('returns the source when its reader leaves early', async () => {
    let returned = false;
    const source: AsyncIterable<number> = {
      [Symbol.asyncIterator]: () => {
        let n = 0;
        return {
          next: () => Promise.resolve({ value: n++, done: false }),
          return: () => {
            returned = true;
            return Promise.resolve({ value: undefined, done: true });
          },
        };
      },
    };
    for await (const batch of batchesOf(source, 3)) {
      expect(batch.length).toBeGreaterThan(0);
      break;
    }
    for (let i = 0; i < 5 && !returned; i++) await tick();
    expect(returned).toBe(true);
  });

  it('refuses a batch of less than one item', async () => {
    await expect(batchesOf(pushed<number>().source, 0).next()).rejects.toThrow(RangeError);
  });

  it('keeps every item once and in order, whatever the arrivals and the batch size', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 6 }), { maxLength: 12 }),
        fc.integer({ min: 1, max: 5 }),
        async (arrivals, max) => {
          const s = pushed<number>();
          const out: number[] = [];
          const reading = (async () => {
            for await (const batch of batchesOf(s.source, max)) {
              expect(batch.length).toBeGreaterThan(0);
              expect(batch.length).toBeLessThanOrEqual(max);
              out.push(...batch);
              await tick();
            }
          })();
          let n = 0;
          for (const count of arrivals) {
            s.push(...Array.from({ length: count }, () => n++));
            await tick();
          }
          s.end();
          await reading;
          expect(out).toEqual(Array.from({ length: n }, (_, i) => i));
        },
      ),
      { numRuns: 200 },
    );
  });
});
