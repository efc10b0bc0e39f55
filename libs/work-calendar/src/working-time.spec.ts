import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { WorkCalendar } from './work-calendar.js';
import { addWorkingMs, subtractWorkingMs, workingMsBetween } from './working-time.js';

const HOUR = 3_600_000;
// 2026: National Day 10-01..10-07 off, Sunday 09-27 and Saturday 10-10 worked.
const calendar = new WorkCalendar([
  {
    year: 2026,
    holidays: [
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-04',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
    ],
    makeUpWorkdays: ['2026-09-27', '2026-10-10'],
  },
]);
const at = (s: string) => new Date(`${s}+08:00`);

describe('working time (CMP-14)', () => {
  it('CMP-14: counts only working days: Friday 16:00 to Monday 10:00 is 8 + 10 hours', () => {
    expect(workingMsBetween(calendar, at('2026-11-13T16:00:00'), at('2026-11-16T10:00:00'))).toBe(18 * HOUR);
  });

  it('CMP-14: a holiday counts nothing and a make-up Saturday counts in full', () => {
    expect(workingMsBetween(calendar, at('2026-09-30T12:00:00'), at('2026-10-08T00:00:00'))).toBe(12 * HOUR);
    expect(workingMsBetween(calendar, at('2026-10-10T00:00:00'), at('2026-10-11T00:00:00'))).toBe(24 * HOUR);
  });

  it('CMP-14: the time left carries over a weekend: 20 working hours from Friday 10:00 end Monday 06:00', () => {
    expect(addWorkingMs(calendar, at('2026-11-13T10:00:00'), 20 * HOUR)).toEqual(at('2026-11-16T06:00:00'));
  });

  it('CMP-14: starting on a holiday counts from the next working day', () => {
    expect(addWorkingMs(calendar, at('2026-10-03T15:00:00'), HOUR)).toEqual(at('2026-10-08T01:00:00'));
  });

  it('CMP-14: two working hours before Monday 01:00 is Friday 23:00', () => {
    expect(subtractWorkingMs(calendar, at('2026-11-16T01:00:00'), 2 * HOUR)).toEqual(
      at('2026-11-13T23:00:00'),
    );
  });

  it('adding then measuring gives the time back, and subtracting undoes adding', () => {
    const start = Date.parse('2026-09-01T00:00:00Z');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 90 * 24 }),
        fc.integer({ min: 0, max: 40 * 24 * 60 }),
        (hours, minutes) => {
          const from = new Date(start + hours * HOUR);
          const ms = minutes * 60_000;
          const to = addWorkingMs(calendar, from, ms);
          expect(to.getTime()).toBeGreaterThanOrEqual(from.getTime());
          expect(workingMsBetween(calendar, from, to)).toBe(ms);
          if (ms > 0) expect(workingMsBetween(calendar, subtractWorkingMs(calendar, to, ms), to)).toBe(ms);
        },
      ),
    );
  });
});
