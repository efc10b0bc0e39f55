import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { InvalidCalendarError, type CalendarYear } from './calendar-year.js';
import { addDays, daysInYear, formatLocalDate, isWeekend, type LocalDate } from './local-date.js';
import { toLocalDateTime } from './time-zone.js';
import { WorkCalendar } from './work-calendar.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function range(first: LocalDate, last: LocalDate): LocalDate[] {
  const days: LocalDate[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) days.push(d);
  return days;
}

/** A Shanghai wall time, e.g. `sh('2025-01-24 10:00')`; Shanghai has been a fixed +08:00 since 1991. */
const sh = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`);

// China's official 2025 public-holiday schedule.
const CHINA_2025: CalendarYear = {
  year: 2025,
  holidays: [
    '2025-01-01',
    ...range('2025-01-28', '2025-02-04'), // Spring Festival
    ...range('2025-04-04', '2025-04-06'), // Qingming
    ...range('2025-05-01', '2025-05-05'), // Labour Day
    ...range('2025-05-31', '2025-06-02'), // Dragon Boat
    ...range('2025-10-01', '2025-10-08'), // National Day and Mid-Autumn
  ],
  makeUpWorkdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
};

// Test data shaped like a New Year holiday followed by a make-up Sunday.
const TEST_2026: CalendarYear = {
  year: 2026,
  holidays: range('2026-01-01', '2026-01-03'),
  makeUpWorkdays: ['2026-01-04'],
};

const china = new WorkCalendar([CHINA_2025]);
const weekendsOnly = new WorkCalendar();

describe('GEN-1 addWorkingDays with the 2025 China calendar (Asia/Shanghai)', () => {
  it.each([
    // [from, n, expected, why]
    ['2025-01-24 10:00', 1, '2025-01-26 10:00', 'Friday + 1 is the make-up Sunday'],
    ['2025-01-24 10:00', 2, '2025-01-27 10:00', 'then Monday'],
    ['2025-01-24 10:00', 3, '2025-02-05 10:00', 'then skips the Spring Festival (01-28..02-04)'],
    ['2025-02-07 10:00', 1, '2025-02-08 10:00', 'Friday + 1 is the make-up Saturday'],
    ['2025-02-08 15:00', 1, '2025-02-10 15:00', 'a make-up Saturday is itself a working day to count from'],
    ['2025-04-03 09:00', 1, '2025-04-07 09:00', 'skips Qingming (Friday-Sunday)'],
    ['2025-04-24 16:00', 2, '2025-04-27 16:00', 'counts the make-up Sunday before Labour Day'],
    ['2025-04-30 17:00', 1, '2025-05-06 17:00', 'CMP-9 return visit skips Labour Day (05-01..05-05)'],
    ['2025-04-30 11:00', 3, '2025-05-08 11:00', 'MNT-5 3 working days'],
    ['2025-05-30 09:00', 1, '2025-06-03 09:00', 'skips Dragon Boat (Saturday-Monday)'],
    ['2025-09-26 10:00', 1, '2025-09-28 10:00', 'make-up Sunday before National Day'],
    ['2025-09-26 10:00', 4, '2025-10-09 10:00', 'skips National Day (10-01..10-08)'],
    ['2025-09-26 10:00', 6, '2025-10-11 10:00', 'make-up Saturday after National Day'],
    ['2025-09-26 10:00', 7, '2025-10-13 10:00', 'MNT-5 7 working days'],
  ] as const)('%s + %i working days = %s (%s)', (from, n, expected, _why) => {
    expect(china.addWorkingDays(sh(from), n)).toEqual(sh(expected));
  });

  it('without the company calendar, Friday + 3 working days is the next Wednesday', () => {
    expect(weekendsOnly.addWorkingDays(sh('2025-01-24 10:00'), 3)).toEqual(sh('2025-01-29 10:00'));
  });

  it.each([
    ['2025-03-08 15:00', 1, '2025-03-11 00:00', 'ordinary Saturday: counting starts Monday 00:00'],
    ['2025-01-25 15:00', 1, '2025-01-27 00:00', 'Saturday before a make-up Sunday: counting starts Sunday'],
    ['2025-01-25 23:30', 1, '2025-01-27 00:00', 'late Saturday: same'],
    ['2025-01-31 09:00', 1, '2025-02-06 00:00', 'a holiday weekday: counting starts 02-05'],
    [
      '2025-10-04 12:00',
      3,
      '2025-10-13 00:00',
      'a holiday Saturday: 10-09 starts; 10-10, 10-11 (make-up), 10-13',
    ],
  ] as const)('T on a non-working day: %s + %i = %s (%s)', (from, n, expected, _why) => {
    expect(china.addWorkingDays(sh(from), n)).toEqual(sh(expected));
  });

  it('uses the local day of T, not its UTC day', () => {
    // 23:30 Friday local is 15:30Z Friday; the clock time is kept.
    expect(china.addWorkingDays(sh('2025-03-07 23:30'), 1)).toEqual(sh('2025-03-10 23:30'));
    // 00:30 Monday local is Sunday 16:30Z; it still counts as Monday.
    const mondayJustAfterMidnight = new Date('2025-03-02T16:30:00Z');
    expect(china.addWorkingDays(mondayJustAfterMidnight, 1)).toEqual(sh('2025-03-04 00:30'));
  });

  it('crosses the year into an unmaintained year (weekends only) and into a maintained one', () => {
    expect(china.addWorkingDays(sh('2025-12-31 14:00'), 1)).toEqual(sh('2026-01-01 14:00'));
    expect(china.withYear(TEST_2026).addWorkingDays(sh('2025-12-31 14:00'), 1)).toEqual(
      sh('2026-01-04 14:00'),
    );
    expect(china.addWorkingDays(sh('2024-12-27 10:00'), 3)).toEqual(sh('2025-01-02 10:00'));
  });

  it('n = 0 returns T on a working day and the start of the next working day otherwise', () => {
    const t = sh('2025-01-24 10:00');
    expect(china.addWorkingDays(t, 0)).toEqual(t);
    expect(china.addWorkingDays(t, 0)).not.toBe(t);
    expect(china.addWorkingDays(sh('2025-01-25 15:00'), 0)).toEqual(sh('2025-01-26 00:00'));
    expect(china.addWorkingDays(sh('2025-02-01 15:00'), 0)).toEqual(sh('2025-02-05 00:00'));
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects n = %p', (n) => {
    expect(() => china.addWorkingDays(sh('2025-01-24 10:00'), n)).toThrow(RangeError);
  });

  it('rejects an invalid Date', () => {
    expect(() => china.addWorkingDays(new Date(Number.NaN), 1)).toThrow(RangeError);
  });

  it('handles large n quickly', () => {
    const result = china.addWorkingDays(sh('2025-01-24 10:00'), 10_000);
    expect(china.workingDaysBetween('2025-01-24', china.localDateOf(result))).toBe(10_000);
  });
});

describe('calendar days and day ends (CMP-3, BIL-9)', () => {
  it('CMP-3: resolve within 7 calendar days ignores holidays', () => {
    expect(china.addCalendarDays(sh('2025-01-24 10:00'), 7)).toEqual(sh('2025-01-31 10:00'));
  });

  it('BIL-9: 90 days after an inspection', () => {
    expect(china.addCalendarDays(sh('2025-03-15 09:00'), 90)).toEqual(sh('2025-06-13 09:00'));
    expect(china.addCalendarDays(sh('2025-06-13 09:00'), -90)).toEqual(sh('2025-03-15 09:00'));
  });

  it('CMP-3: acknowledge the same day ends at the next local midnight', () => {
    expect(china.endOfLocalDay(sh('2025-01-24 10:00'))).toEqual(sh('2025-01-25 00:00'));
    expect(china.endOfLocalDay(sh('2025-01-24 23:30'))).toEqual(sh('2025-01-25 00:00'));
    expect(china.endOfLocalDay(sh('2025-01-25 00:00'))).toEqual(sh('2025-01-26 00:00'));
    expect(china.endOfLocalDay(new Date('2025-03-02T16:30:00Z'))).toEqual(sh('2025-03-04 00:00'));
  });

  it('rejects non-integer days', () => {
    expect(() => china.addCalendarDays(sh('2025-01-24 10:00'), 0.5)).toThrow(RangeError);
  });
});

describe('time zones with daylight saving', () => {
  const newYork = new WorkCalendar([], 'America/New_York');

  it('keeps the local clock time across a DST change', () => {
    // Friday 09:00 EST + 1 working day = Monday 09:00 EDT.
    expect(newYork.addWorkingDays(new Date('2025-03-07T14:00:00Z'), 1)).toEqual(
      new Date('2025-03-10T13:00:00Z'),
    );
    expect(newYork.addCalendarDays(new Date('2025-10-31T13:00:00Z'), 7)).toEqual(
      new Date('2025-11-07T14:00:00Z'),
    );
  });

  it('moves a clock time that does not exist on the target day forward by the gap', () => {
    // 02:30 does not exist on 2025-03-09 in New York; 03:30 EDT follows.
    expect(newYork.addCalendarDays(new Date('2025-03-08T07:30:00Z'), 1)).toEqual(
      new Date('2025-03-09T07:30:00Z'),
    );
  });

  it('ends 23- and 25-hour days correctly', () => {
    expect(newYork.endOfLocalDay(new Date('2025-03-09T12:00:00Z'))).toEqual(new Date('2025-03-10T04:00:00Z'));
    expect(newYork.endOfLocalDay(new Date('2025-11-02T17:00:00Z'))).toEqual(new Date('2025-11-03T05:00:00Z'));
  });

  it('starts a day at 01:00 where a DST gap skips midnight', () => {
    const santiago = new WorkCalendar([], 'America/Santiago');
    expect(santiago.startOfDay('2025-09-07')).toEqual(new Date('2025-09-07T04:00:00Z'));
    expect(santiago.endOfLocalDay(new Date('2025-09-06T15:00:00Z'))).toEqual(
      new Date('2025-09-07T04:00:00Z'),
    );
  });
});

describe('day queries', () => {
  it('classifies days', () => {
    expect(china.isWorkingDay('2025-01-26')).toBe(true);
    expect(china.isWorkingDay('2025-01-28')).toBe(false);
    expect(china.isWorkingDay('2025-03-08')).toBe(false);
    expect(china.dayKind('2025-01-26')).toBe('make-up-workday');
    expect(china.dayKind('2025-10-04')).toBe('holiday');
    expect(china.dayKind('2025-03-08')).toBe('weekend');
    expect(china.dayKind('2025-03-10')).toBe('workday');
    expect(() => china.isWorkingDay('2025-02-29')).toThrow(RangeError);
  });

  it('finds the next working days', () => {
    expect(china.nextWorkingDay('2025-01-24')).toBe('2025-01-26');
    expect(china.nextWorkingDay('2025-01-27')).toBe('2025-02-05');
    expect(china.nextWorkingDay('2025-01-24', 3)).toBe('2025-02-05');
    expect(() => china.nextWorkingDay('2025-01-24', 0)).toThrow(RangeError);
  });

  it('counts working days in (from, to]', () => {
    expect(china.workingDaysBetween('2025-01-24', '2025-02-05')).toBe(3);
    expect(china.workingDaysBetween('2025-02-05', '2025-01-24')).toBe(-3);
    expect(china.workingDaysBetween('2025-09-30', '2025-10-08')).toBe(0);
    expect(china.workingDaysBetween('2025-01-24', '2025-01-24')).toBe(0);
    // 261 weekdays - 18 weekday holidays + 5 make-up days.
    expect(china.workingDaysBetween('2024-12-31', '2025-12-31')).toBe(248);
  });

  it('converts instants to local dates', () => {
    expect(china.localDateOf(new Date('2025-03-02T16:30:00Z'))).toBe('2025-03-03');
    expect(china.withTimeZone('UTC').localDateOf(new Date('2025-03-02T16:30:00Z'))).toBe('2025-03-02');
    expect(china.startOfDay('2025-01-28')).toEqual(sh('2025-01-28 00:00'));
  });
});

describe('construction', () => {
  it('exposes the maintained years and is immutable', () => {
    const input = { ...CHINA_2025, holidays: [...CHINA_2025.holidays] };
    const calendar = new WorkCalendar([input]);
    input.holidays.push('2025-03-10');
    expect(calendar.isWorkingDay('2025-03-10')).toBe(true);
    expect(calendar.definedYears).toEqual([2025]);
    expect(calendar.isDefinedYear(2026)).toBe(false);
    expect(calendar.calendarYear(2026)).toBeUndefined();
    expect(calendar.calendarYear(2025)?.holidays).toHaveLength(CHINA_2025.holidays.length);
    expect(Object.isFrozen(calendar)).toBe(true);
    expect(Object.isFrozen(calendar.definedYears)).toBe(true);
    expect(Object.isFrozen(calendar.calendarYear(2025)?.holidays)).toBe(true);
    expect(calendar.timeZone).toBe('Asia/Shanghai');
  });

  it('withYear adds or replaces a year without changing the original', () => {
    const with2026 = china.withYear(TEST_2026);
    expect(with2026.definedYears).toEqual([2025, 2026]);
    expect(china.definedYears).toEqual([2025]);
    const emptied = with2026.withYear({ year: 2025, holidays: [], makeUpWorkdays: [] });
    expect(emptied.isWorkingDay('2025-01-28')).toBe(true);
    expect(emptied.isWorkingDay('2025-01-26')).toBe(false);
  });

  it('throws InvalidCalendarError with field paths for invalid or repeated years', () => {
    const bad = { year: 2025, holidays: [], makeUpWorkdays: ['2025-01-27'] };
    try {
      new WorkCalendar([CHINA_2025, bad]);
      throw new Error('expected a throw');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidCalendarError);
      expect((error as InvalidCalendarError).problems.map((p) => p.field)).toEqual([
        'years[1].makeUpWorkdays[0]',
        'years[1].year',
      ]);
    }
  });

  it('rejects an unknown time zone', () => {
    expect(() => new WorkCalendar([], 'Asia/Beijing')).toThrow(RangeError);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties over random calendars

const daysByYear = new Map<number, { days: LocalDate[]; weekends: LocalDate[] }>();
function daysOf(year: number): { days: LocalDate[]; weekends: LocalDate[] } {
  let entry = daysByYear.get(year);
  if (entry === undefined) {
    const days = range(formatLocalDate(year, 1, 1), formatLocalDate(year, 12, 31));
    entry = { days, weekends: days.filter(isWeekend) };
    daysByYear.set(year, entry);
  }
  return entry;
}

/** A random valid year: scattered holidays plus holiday runs of up to 10 days, and make-up weekend days. */
function calendarYearArb(year: number): fc.Arbitrary<CalendarYear> {
  const { days, weekends } = daysOf(year);
  const last = daysInYear(year) - 1;
  return fc
    .record({
      singles: fc.uniqueArray(fc.integer({ min: 0, max: last }), { maxLength: 15 }),
      runs: fc.array(
        fc.record({ start: fc.integer({ min: 0, max: last }), length: fc.integer({ min: 1, max: 10 }) }),
        { maxLength: 6 },
      ),
      makeUps: fc.uniqueArray(fc.integer({ min: 0, max: weekends.length - 1 }), { maxLength: 10 }),
    })
    .map(({ singles, runs, makeUps }) => {
      const holidays = new Set(singles.map((i) => days[i]));
      for (const { start, length } of runs) {
        for (let i = start; i < Math.min(start + length, days.length); i++) holidays.add(days[i]);
      }
      return {
        year,
        holidays: [...holidays],
        makeUpWorkdays: makeUps.map((i) => weekends[i]).filter((d) => !holidays.has(d)),
      };
    });
}

const FIXED_OFFSET_ZONES = ['Asia/Shanghai', 'UTC', 'Asia/Kolkata', 'Asia/Kathmandu'] as const;
// DST zones whose changes happen away from midnight, so a local date never shifts.
const DST_ZONES = ['America/New_York', 'Europe/London', 'Australia/Sydney'] as const;

/** Random calendars maintaining any of 2024-2026; instants also fall in unmaintained 2023 and 2027. */
function calendarArb(zones: readonly string[]): fc.Arbitrary<WorkCalendar> {
  return fc
    .tuple(
      fc.option(calendarYearArb(2024), { nil: undefined }),
      fc.option(calendarYearArb(2025), { nil: undefined }),
      fc.option(calendarYearArb(2026), { nil: undefined }),
      fc.constantFrom(...zones),
    )
    .map(
      ([a, b, c, zone]) =>
        new WorkCalendar(
          [a, b, c].filter((y) => y !== undefined),
          zone,
        ),
    );
}

const instantArb = fc.date({
  min: new Date('2023-12-20T00:00:00Z'),
  max: new Date('2026-12-31T00:00:00Z'),
  noInvalidDate: true,
});
const nArb = fc.integer({ min: 1, max: 40 });
const localDateArb = fc.integer({ min: 0, max: 365 * 3 }).map((i) => addDays('2024-01-01', i));

const msOfDay = (calendar: WorkCalendar, t: Date) => toLocalDateTime(calendar.timeZone, t).msOfDay;
const startsOnWorkingDay = (calendar: WorkCalendar, t: Date) =>
  calendar.isWorkingDay(calendar.localDateOf(t));

describe('GEN-1 addWorkingDays properties', () => {
  it('GEN-1: lands on a working day at T’s clock time, or 00:00 when T is on a non-working day', () => {
    fc.assert(
      fc.property(calendarArb(FIXED_OFFSET_ZONES), instantArb, nArb, (calendar, t, n) => {
        const result = calendar.addWorkingDays(t, n);
        expect(calendar.isWorkingDay(calendar.localDateOf(result))).toBe(true);
        expect(msOfDay(calendar, result)).toBe(startsOnWorkingDay(calendar, t) ? msOfDay(calendar, t) : 0);
      }),
      { numRuns: 300 },
    );
  });

  it('GEN-1: is strictly after T and exactly n working days after T’s day (n + 1 when T is on a non-working day), in all zones', () => {
    fc.assert(
      fc.property(calendarArb([...FIXED_OFFSET_ZONES, ...DST_ZONES]), instantArb, nArb, (calendar, t, n) => {
        const result = calendar.addWorkingDays(t, n);
        expect(result.getTime()).toBeGreaterThan(t.getTime());
        expect(calendar.isWorkingDay(calendar.localDateOf(result))).toBe(true);
        const expected = startsOnWorkingDay(calendar, t) ? n : n + 1;
        expect(calendar.workingDaysBetween(calendar.localDateOf(t), calendar.localDateOf(result))).toBe(
          expected,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('GEN-1: agrees with nextWorkingDay on dates', () => {
    fc.assert(
      fc.property(calendarArb(['Asia/Shanghai']), instantArb, nArb, (calendar, t, n) => {
        const day = calendar.localDateOf(t);
        const start = calendar.isWorkingDay(day) ? day : calendar.nextWorkingDay(day);
        expect(calendar.localDateOf(calendar.addWorkingDays(t, n))).toBe(calendar.nextWorkingDay(start, n));
      }),
      { numRuns: 300 },
    );
  });

  it('GEN-1: is monotonic in T', () => {
    fc.assert(
      fc.property(
        calendarArb(FIXED_OFFSET_ZONES),
        instantArb,
        fc.oneof(fc.integer({ min: 0, max: 2 * HOUR }), fc.integer({ min: 0, max: 10 * DAY })),
        nArb,
        (calendar, t1, delta, n) => {
          const t2 = new Date(t1.getTime() + delta);
          expect(calendar.addWorkingDays(t1, n).getTime()).toBeLessThanOrEqual(
            calendar.addWorkingDays(t2, n).getTime(),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('GEN-1: is additive, add(add(T, a), b) = add(T, a + b), for any T and a, b >= 0', () => {
    fc.assert(
      fc.property(
        calendarArb(FIXED_OFFSET_ZONES),
        instantArb,
        fc.nat(20),
        fc.nat(20),
        (calendar, t, a, b) => {
          expect(calendar.addWorkingDays(calendar.addWorkingDays(t, a), b)).toEqual(
            calendar.addWorkingDays(t, a + b),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('GEN-1: without holidays, 5k working days from a weekday are 7k calendar days', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIXED_OFFSET_ZONES, ...DST_ZONES),
        instantArb,
        fc.integer({ min: 1, max: 10 }),
        (zone, t, k) => {
          const calendar = new WorkCalendar([], zone);
          fc.pre(!isWeekend(calendar.localDateOf(t)));
          expect(calendar.addWorkingDays(t, 5 * k)).toEqual(calendar.addCalendarDays(t, 7 * k));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('GEN-1: a make-up weekend day is counted: one working day after the working day before it lands on it', () => {
    fc.assert(
      fc.property(
        calendarYearArb(2025),
        fc.nat(),
        fc.integer({ min: 0, max: DAY - 1 }),
        (year, pick, clock) => {
          fc.pre(year.makeUpWorkdays.length > 0);
          const calendar = new WorkCalendar([year]);
          const makeUp = year.makeUpWorkdays[pick % year.makeUpWorkdays.length];
          expect(calendar.isWorkingDay(makeUp)).toBe(true);
          let before = addDays(makeUp, -1);
          while (!calendar.isWorkingDay(before)) before = addDays(before, -1);
          const t = new Date(calendar.startOfDay(before).getTime() + clock);
          const result = calendar.addWorkingDays(t, 1);
          expect(calendar.localDateOf(result)).toBe(makeUp);
          expect(result.getTime() - calendar.startOfDay(makeUp).getTime()).toBe(clock);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('GEN-1: holidays without make-up days never bring a deadline forward', () => {
    fc.assert(
      fc.property(calendarYearArb(2025), instantArb, nArb, (year, t, n) => {
        const holidaysOnly = new WorkCalendar([{ ...year, makeUpWorkdays: [] }]);
        expect(holidaysOnly.addWorkingDays(t, n).getTime()).toBeGreaterThanOrEqual(
          weekendsOnly.addWorkingDays(t, n).getTime(),
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('counting and calendar-day properties', () => {
  it('workingDaysBetween matches counting day by day, and is antisymmetric', () => {
    fc.assert(
      fc.property(
        calendarArb(['Asia/Shanghai']),
        localDateArb,
        fc.integer({ min: 0, max: 60 }),
        (calendar, from, span) => {
          const to = addDays(from, span);
          let count = 0;
          for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (calendar.isWorkingDay(d)) count++;
          expect(calendar.workingDaysBetween(from, to)).toBe(count);
          expect(calendar.workingDaysBetween(to, from)).toBe(count === 0 ? 0 : -count);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('nextWorkingDay skips only non-working days', () => {
    fc.assert(
      fc.property(calendarArb(['Asia/Shanghai']), localDateArb, (calendar, date) => {
        const next = calendar.nextWorkingDay(date);
        expect(calendar.isWorkingDay(next)).toBe(true);
        for (let d = addDays(date, 1); d < next; d = addDays(d, 1))
          expect(calendar.isWorkingDay(d)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('addCalendarDays moves the local date by n and keeps the clock (exactly n × 24 h without DST)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIXED_OFFSET_ZONES, ...DST_ZONES),
        instantArb,
        fc.integer({ min: -400, max: 400 }),
        (zone, t, n) => {
          const calendar = new WorkCalendar([], zone);
          const result = calendar.addCalendarDays(t, n);
          expect(calendar.localDateOf(result)).toBe(addDays(calendar.localDateOf(t), n));
          if ((FIXED_OFFSET_ZONES as readonly string[]).includes(zone))
            expect(result.getTime() - t.getTime()).toBe(n * DAY);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('CMP-3: endOfLocalDay is the first instant of the next local day, in every zone', () => {
    const zones = [
      ...FIXED_OFFSET_ZONES,
      ...DST_ZONES,
      'America/Santiago',
      'America/Havana',
      'Asia/Beirut',
      'Australia/Lord_Howe',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...zones), instantArb, (zone, t) => {
        const calendar = new WorkCalendar([], zone);
        const end = calendar.endOfLocalDay(t);
        expect(end.getTime()).toBeGreaterThan(t.getTime());
        expect(calendar.localDateOf(end)).toBe(addDays(calendar.localDateOf(t), 1));
        expect(calendar.localDateOf(new Date(end.getTime() - 1))).toBe(calendar.localDateOf(t));
      }),
      { numRuns: 400 },
    );
  });
});
