/**
 * The items of `source` in arrays: each array holds what arrived while the previous one was being
 * worked on (at most `max`), so a consumer that keeps up gets arrays of one and no added wait, and one
 * that falls behind gets larger arrays and pays its per-array cost (a transaction) less often. Reading
 * stops while `max` items wait, so no more than that is held beyond the source's own buffer. Ends
 * when the source ends (after what it had delivered) and throws what the source threw. A reader that
 * leaves early (break, a throw) releases the source: it is returned when its next item arrives, or at
 * once if reading waits for room (close the source itself to stop it sooner).
 */
export async function* batchesOf<T>(source: AsyncIterable<T>, max: number): AsyncGenerator<T[]> {
  if (!(max >= 1)) throw new RangeError(`a batch holds at least one item, not ${max}`);
  const waiting: T[] = [];
  let ended = false;
  let failure: { error: unknown } | undefined;
  let wakeReader: (() => void) | undefined;
  let wakePump: (() => void) | undefined;
  let left = false;
  const pump = (async () => {
    try {
      for await (const item of source) {
        if (left) break;
        waiting.push(item);
        wakeReader?.();
        while (waiting.length >= max && !left) await new Promise<void>((resolve) => (wakePump = resolve));
        if (left) break;
      }
    } catch (error) {
      failure = { error };
    } finally {
      ended = true;
      wakeReader?.();
    }
  })();
  try {
    for (;;) {
      if (waiting.length > 0) {
        const batch = waiting.splice(0, max);
        wakePump?.();
        wakePump = undefined;
        yield batch;
      } else if (ended) {
        break;
      } else {
        await new Promise<void>((resolve) => (wakeReader = resolve));
        wakeReader = undefined;
      }
    }
    await pump;
    if (failure) throw failure.error;
  } finally {
    left = true;
    wakePump?.();
  }
}
