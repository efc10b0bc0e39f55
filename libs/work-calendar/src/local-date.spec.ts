import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  addDays,
  daysBetween,
  epochDayFromYmd,
  formatLocalDate,
  fromEpochDay,
  isLocalDate,
  parseLocalDate,
  toEpochDay,
  weekdayOf,
  ymdFromEpochDay,
} from './local-date.js';

// 0001-01-01 .. 9999-12-31
const MIN_EPOCH_DAY = -719162;
const MAX_EPOCH_DAY = 2932896;

describe('isLocalDate', () => {
  it.each(['2025-01-01', '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31'])('accepts %s', (d) => {
    expect(isLocalDate(d)).toBe(true);
  });

  it.each([
    '2025-02-29',
    '1900-02-29',
    '2025-13-01',
    '2025-00-10',
    '2025-04-31',
    '2025-1-1',
    '20250101',
    '0000-01-01',
    ' 2025-01-01',
    '2025-01-01T00:00',
    20250101,
    null,
  ])('rejects %p', (d) => {
    expect(isLocalDate(d)).toBe(false);
  });
});

describe('parse and format', () => {
  it('round-trips fields', () => {
    expect(parseLocalDate('2025-01-28')).toEqual({ year: 2025, month: 1, day: 28 });
    expect(formatLocalDate(7, 3, 9)).toBe('0007-03-09');
  });

  it('throws on invalid input', () => {
    expect(() => parseLocalDate('2025-02-30')).toThrow(RangeError);
    expect(() => formatLocalDate(2025, 2, 29)).toThrow(RangeError);
    expect(() => formatLocalDate(10000, 1, 1)).toThrow(RangeError);
  });
});

describe('epoch days', () => {
  it('knows fixed points', () => {
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(toEpochDay('2025-01-01')).toBe(20089);
    expect(fromEpochDay(-1)).toBe('1969-12-31');
    expect(fromEpochDay(MIN_EPOCH_DAY)).toBe('0001-01-01');
    expect(fromEpochDay(MAX_EPOCH_DAY)).toBe('9999-12-31');
  });

  it('round-trips every day in range (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_EPOCH_DAY, max: MAX_EPOCH_DAY }), (day) => {
        expect(toEpochDay(fromEpochDay(day))).toBe(day);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with Date.UTC (property)', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0100-01-01T00:00:00Z'),
          max: new Date('9999-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (date) => {
          const day = Math.floor(date.getTime() / 86_400_000);
          const ymd = ymdFromEpochDay(day);
          expect(ymd).toEqual({
            year: date.getUTCFullYear(),
            month: date.getUTCMonth() + 1,
            day: date.getUTCDate(),
          });
          expect(epochDayFromYmd(ymd.year, ymd.month, ymd.day)).toBe(day);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('weekdays and arithmetic', () => {
  it('knows weekdays of the 2025 fixture days', () => {
    expect(weekdayOf('2025-01-24')).toBe(5); // Friday
    expect(weekdayOf('2025-01-26')).toBe(7); // Sunday
    expect(weekdayOf('2025-02-08')).toBe(6); // Saturday
    expect(weekdayOf('1970-01-01')).toBe(4);
    expect(weekdayOf('1969-12-29')).toBe(1);
  });

  it('adds days across month, leap day and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-03-15', 90)).toBe('2025-06-13');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(daysBetween('2025-01-24', '2025-02-05')).toBe(12);
  });

  it('weekday advances by one per day (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_EPOCH_DAY, max: MAX_EPOCH_DAY - 1 }), (day) => {
        const today = weekdayOf(fromEpochDay(day));
        expect(weekdayOf(fromEpochDay(day + 1))).toBe((today % 7) + 1);
      }),
      { numRuns: 300 },
    );
  });
});
