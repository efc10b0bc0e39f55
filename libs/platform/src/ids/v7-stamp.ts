/** The time-ordered part of a UUID v7: Unix milliseconds (48 bits) and a counter (31 bits). */
export interface V7Stamp {
  ms: number;
  seq: number;
}

export const V7_SEQ_MAX = 0x7fffffff;

/**
 * The stamp of the next id after `last`, the clock reading `now`: a later millisecond starts at
 * `seed` (random, below 2^30, so a millisecond has at least 2^30 steps); the same millisecond, or a
 * clock that went back, steps the counter; a full counter borrows the next millisecond. Every stamp
 * is therefore greater than the one before it (RFC 9562 §6.2, method 1).
 */
export function nextV7Stamp(last: V7Stamp, now: number, seed: number): V7Stamp {
  if (now > last.ms) return { ms: now, seq: seed };
  if (last.seq === V7_SEQ_MAX) return { ms: last.ms + 1, seq: 0 };
  return { ms: last.ms, seq: last.seq + 1 };
}
