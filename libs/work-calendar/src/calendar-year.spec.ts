import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { validateCalendarYear, validateCalendarYears, type CalendarYear } from './calendar-year.js';
import { addDays, daysInYear, formatLocalDate, isWeekend, type LocalDate } from './local-date.js';

function range(first: LocalDate, last: LocalDate): LocalDate[] {
  const days: LocalDate[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) days.push(d);
  return days;
}

// China's official 2025 public-holiday schedule.
const CHINA_2025: CalendarYear = {
  year: 2025,
  holidays: [
    '2025-01-01',
    ...range('2025-01-28', '2025-02-04'),
    ...range('2025-04-04', '2025-04-06'),
    ...range('2025-05-01', '2025-05-05'),
    ...range('2025-05-31', '2025-06-02'),
    ...range('2025-10-01', '2025-10-08'),
  ],
  makeUpWorkdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
};

const daysByYear = new Map<number, LocalDate[]>();
function daysOf(year: number): LocalDate[] {
  let days = daysByYear.get(year);
  if (days === undefined) {
    days = range(formatLocalDate(year, 1, 1), formatLocalDate(year, 12, 31));
    daysByYear.set(year, days);
  }
  return days;
}

/** Valid years: random holidays anywhere in the year, random make-up days on its weekends. */
const validYear = fc.integer({ min: 2000, max: 2040 }).chain((year) => {
  const days = daysOf(year);
  const weekends = days.filter(isWeekend);
  return fc
    .record({
      holidays: fc.uniqueArray(fc.integer({ min: 0, max: daysInYear(year) - 1 }), { maxLength: 40 }),
      makeUps: fc.uniqueArray(fc.integer({ min: 0, max: weekends.length - 1 }), { maxLength: 12 }),
    })
    .map(({ holidays, makeUps }): CalendarYear => {
      const holidayDates = holidays.map((i) => days[i]);
      return {
        year,
        holidays: holidayDates,
        makeUpWorkdays: makeUps.map((i) => weekends[i]).filter((d) => !holidayDates.includes(d)),
      };
    });
});

describe('validateCalendarYear', () => {
  it('accepts the official 2025 schedule, whose holiday ranges include weekend days', () => {
    expect(validateCalendarYear(CHINA_2025)).toEqual([]);
  });

  it('accepts an empty year', () => {
    expect(validateCalendarYear({ year: 2026, holidays: [], makeUpWorkdays: [] })).toEqual([]);
  });

  it('rejects a non-object', () => {
    expect(validateCalendarYear(null)).toEqual([{ field: '', message: expect.any(String) }]);
    expect(validateCalendarYear([])).toHaveLength(1);
  });

  it('reports each bad field with its path', () => {
    const problems = validateCalendarYear({
      year: 2025,
      holidays: ['2025-01-01', '2025-02-30', '2026-01-01', 20250501, '2025-01-01', '2025-10-11'],
      makeUpWorkdays: ['2025-01-26', '2025-01-27', '2025-10-11'],
    });
    expect(problems.map((p) => p.field)).toEqual([
      'holidays[1]', // not a real date
      'holidays[2]', // another year
      'holidays[3]', // not a string
      'holidays[4]', // duplicate
      'makeUpWorkdays[1]', // a Monday
      'makeUpWorkdays[2]', // also a holiday
    ]);
    expect(problems[4].message).toContain('Monday');
    expect(problems[5].message).toContain('holidays[5]');
  });

  it.each([undefined, 2025.5, 0, 10000, '2025'])('rejects year %p', (year) => {
    expect(validateCalendarYear({ year, holidays: [], makeUpWorkdays: [] })).toEqual([
      { field: 'year', message: expect.any(String) },
    ]);
  });

  it('rejects missing lists', () => {
    expect(validateCalendarYear({ year: 2025 }).map((p) => p.field)).toEqual(['holidays', 'makeUpWorkdays']);
  });

  it('accepts generated valid years (property)', () => {
    fc.assert(
      fc.property(validYear, (year) => {
        expect(validateCalendarYear(year)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('rejects a make-up day on a weekday, wherever it is inserted (property)', () => {
    fc.assert(
      fc.property(validYear, fc.nat(), fc.nat(), (year, dayIndex, position) => {
        const weekdays = daysOf(year.year).filter((d) => !isWeekend(d) && !year.holidays.includes(d));
        const bad = weekdays[dayIndex % weekdays.length];
        const at = position % (year.makeUpWorkdays.length + 1);
        const makeUpWorkdays = [...year.makeUpWorkdays.slice(0, at), bad, ...year.makeUpWorkdays.slice(at)];
        expect(validateCalendarYear({ ...year, makeUpWorkdays })).toEqual([
          { field: `makeUpWorkdays[${at}]`, message: expect.stringContaining('Saturday or Sunday') },
        ]);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects a date outside the year and a day that is both holiday and make-up (property)', () => {
    fc.assert(
      fc.property(validYear, fc.integer({ min: 1, max: 400 }), (year, offset) => {
        const outside = addDays(formatLocalDate(year.year, 12, 31), offset);
        expect(validateCalendarYear({ ...year, holidays: [...year.holidays, outside] })).toEqual([
          {
            field: `holidays[${year.holidays.length}]`,
            message: expect.stringContaining(`must be in ${year.year}`),
          },
        ]);
        if (year.makeUpWorkdays.length > 0) {
          const clash = year.makeUpWorkdays[0];
          expect(validateCalendarYear({ ...year, holidays: [...year.holidays, clash] })).toEqual([
            { field: 'makeUpWorkdays[0]', message: expect.stringContaining('holiday') },
          ]);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('validateCalendarYears', () => {
  it('prefixes fields with the list index and rejects a repeated year', () => {
    const problems = validateCalendarYears([
      CHINA_2025,
      { year: 2026, holidays: ['2026-02-30'], makeUpWorkdays: [] },
      CHINA_2025,
      7,
    ]);
    expect(problems.map((p) => p.field)).toEqual(['[1].holidays[0]', '[2].year', '[3]']);
  });
});
