/**
 * Money is always an integer number of fen (分, 1/100 yuan). Fields carrying money end in `Fen`.
 * Never use floating-point arithmetic on money: convert to yuan only when formatting.
 */
export type Fen = number;

/** The largest amount the platform accepts in one field: 10 billion yuan, far inside 2^53. */
export const MAX_FEN = 1_000_000_000_000;

export function isFen(value: unknown): value is Fen {
  return typeof value === 'number' && Number.isSafeInteger(value) && Math.abs(value) <= MAX_FEN;
}

/** Formats fen as yuan for people, e.g. `12050` → `¥120.50`, `-5` → `-¥0.05`. */
export function formatFen(fen: Fen): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not an integer number of fen: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.trunc(abs / 100).toLocaleString('en-US');
  const cents = String(abs % 100).padStart(2, '0');
  return `${sign}¥${yuan}.${cents}`;
}
