import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { MAX_FEN } from '../common/money.js';
import { validatePayload } from './validate-payload.js';
import { EARLIEST_YEAR, IsFen, isInstant, isLocalDate, LATEST_YEAR } from './validators.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Days in a month by the Gregorian rules, computed independently of the code under test. */
const realDays = (year: number, month: number) =>
  new Date(Date.UTC(2000 + (year % 400), month, 0)).getUTCDate();

const yearInRange = fc.integer({ min: EARLIEST_YEAR, max: LATEST_YEAR });
const anyYear = fc.integer({ min: 0, max: 9999 });

describe('isLocalDate', () => {
  it('accepts exactly the days that exist in the years 1900-2999 (property)', () => {
    fc.assert(
      fc.property(anyYear, fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const exists = m >= 1 && m <= 12 && d >= 1 && d <= realDays(y, m);
        const inRange = y >= EARLIEST_YEAR && y <= LATEST_YEAR;
        expect(isLocalDate(`${pad(y, 4)}-${pad(m)}-${pad(d)}`)).toBe(exists && inRange);
      }),
      { numRuns: 2_000 },
    );
  });

  it.each(['2024-02-29', '1900-01-01', '2999-12-31', '2000-02-29'])('accepts %s', (date) => {
    expect(isLocalDate(date)).toBe(true);
  });

  it.each([
    '1900-02-29',
    '2100-02-29',
    '1899-12-31',
    '3000-01-01',
    '0000-00-00',
    '0001-01-01',
    '9999-12-31',
    '275760-09-14',
    '-271821-04-19',
    '2026-1-1',
    '2026-12-01T00:00:00Z',
    ' 2026-12-01',
    '２０２６-１２-０１',
    20261201,
  ])('refuses %p', (date) => {
    expect(isLocalDate(date)).toBe(false);
  });
});

describe('isInstant', () => {
  const time = fc.record({
    hour: fc.integer({ min: 0, max: 25 }),
    minute: fc.integer({ min: 0, max: 61 }),
    second: fc.integer({ min: 0, max: 61 }),
    offset: fc.integer({ min: -16 * 60, max: 16 * 60 }),
  });

  it('accepts exactly the real instants written in the years 1900-2999, and reads them as Date.parse does (property)', () => {
    fc.assert(
      fc.property(
        yearInRange,
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        time,
        (y, m, d, t) => {
          const offset = `${t.offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(t.offset) / 60))}:${pad(Math.abs(t.offset) % 60)}`;
          const text = `${pad(y, 4)}-${pad(m)}-${pad(d)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}${offset}`;
          const real =
            d <= realDays(y, m) &&
            t.hour <= 23 &&
            t.minute <= 59 &&
            t.second <= 59 &&
            t.offset >= -14 * 60 &&
            t.offset <= 14 * 60;
          expect(isInstant(text)).toBe(real);
          if (real) {
            const utc = Date.UTC(y, m - 1, d, t.hour, t.minute, t.second) - t.offset * 60_000;
            // Date.UTC maps years 0-99 to 1900-1999; the range starts at 1900, so it is exact here.
            expect(Date.parse(text)).toBe(utc);
          }
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it.each([
    '2026-11-22T09:30:00+08:00',
    '2026-11-22T09:30+08:00',
    '2026-11-22T01:30:00.123456789Z',
    '2999-12-31T23:59:59-12:00',
  ])('accepts %s', (instant) => {
    expect(isInstant(instant)).toBe(true);
  });

  it.each([
    '9999-12-31T25:61:61Z',
    '2026-02-30T10:00:00+08:00',
    '2026-11-22T24:00:00Z',
    '2026-11-22T10:00:00',
    '2026-11-22',
    '0000-01-01T00:00:00Z',
    '0001-01-01T00:00:00+08:00',
    '+275760-09-13T00:00:00Z',
    '2026-11-22T10:00:00+23:59',
    '2026-11-22T10:00:00+08:60',
    'now',
    1_795_392_000_000,
  ])('refuses %p', (instant) => {
    expect(isInstant(instant)).toBe(false);
  });
});

class DepositProbe {
  @IsFen()
  depositFen!: number;
}

describe('IsFen messages (decision 0343)', () => {
  const messageFor = (depositFen: unknown) => {
    const result = validatePayload(DepositProbe, { depositFen });
    return result.ok ? undefined : result.errors;
  };

  it('an integer above the limit is told the limit, not "integer number of fen"', () => {
    expect(messageFor(MAX_FEN + 1)).toEqual([
      { field: 'depositFen', message: `depositFen must not be greater than ${MAX_FEN}` },
    ]);
    expect(messageFor(-MAX_FEN - 1)).toEqual([
      { field: 'depositFen', message: `depositFen must not be less than -${MAX_FEN}` },
    ]);
  });

  it('a fraction or a text is still "an integer number of fen"; the limit itself passes', () => {
    expect(messageFor(12.5)).toEqual([
      { field: 'depositFen', message: 'depositFen must be an integer number of fen' },
    ]);
    expect(messageFor('100')).toEqual([
      { field: 'depositFen', message: 'depositFen must be an integer number of fen' },
    ]);
    expect(messageFor(MAX_FEN)).toBeUndefined();
  });
});
