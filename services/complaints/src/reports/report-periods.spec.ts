import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { addDays, daysBetween, formatLocalDate, weekdayOf } from '@pcs/work-calendar';
import { isoWeek, isoWeekOf, quarterOf, quarterOrYear, weeksInYear } from './report-periods.js';
import { lastEndedPeriod } from './report-schedule.js';

const dates = fc
  .integer({ min: 0, max: 365 * 100 })
  .map((days) => addDays(formatLocalDate(1990, 1, 1), days));

describe('report periods (CMP-12)', () => {
  it('CMP-12: an ISO week runs Monday to Sunday; week 1 holds the first Thursday', () => {
    expect(isoWeek('2026-W48')).toEqual({ name: '2026-W48', firstDay: '2026-11-23', lastDay: '2026-11-29' });
    expect(isoWeek('2026-W01')).toEqual({ name: '2026-W01', firstDay: '2025-12-29', lastDay: '2026-01-04' });
    expect(isoWeek('2020-W53')).toEqual({ name: '2020-W53', firstDay: '2020-12-28', lastDay: '2021-01-03' });
    expect(weeksInYear(2026)).toBe(53);
    expect(weeksInYear(2027)).toBe(52);
    expect(weeksInYear(2020)).toBe(53);
    expect(isoWeek('2027-W53')).toBeUndefined();
    expect(isoWeek('2026-W00')).toBeUndefined();
    expect(isoWeekOf('2027-01-01').name).toBe('2026-W53');
  });

  it('CMP-12: every day lies in exactly the week that isoWeekOf names, which starts on a Monday (property)', () => {
    fc.assert(
      fc.property(dates, (date) => {
        const week = isoWeekOf(date);
        expect(weekdayOf(week.firstDay)).toBe(1);
        expect(daysBetween(week.firstDay, week.lastDay)).toBe(6);
        expect(daysBetween(week.firstDay, date)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(date, week.lastDay)).toBeGreaterThanOrEqual(0);
        expect(isoWeek(week.name)).toEqual(week);
        // Consecutive weeks touch: the day after Sunday starts the next week.
        expect(isoWeekOf(addDays(week.lastDay, 1)).firstDay).toBe(addDays(week.lastDay, 1));
      }),
    );
  });

  it('CMP-12: quarters and years cover their months exactly; four quarters make the year (property)', () => {
    expect(quarterOrYear('2026-Q1')).toEqual({
      name: '2026-Q1',
      firstDay: '2026-01-01',
      lastDay: '2026-03-31',
    });
    expect(quarterOrYear('2026-Q4')).toEqual({
      name: '2026-Q4',
      firstDay: '2026-10-01',
      lastDay: '2026-12-31',
    });
    expect(quarterOrYear('2026')).toEqual({ name: '2026', firstDay: '2026-01-01', lastDay: '2026-12-31' });
    expect(quarterOrYear('2026-Q5')).toBeUndefined();
    fc.assert(
      fc.property(dates, (date) => {
        const quarter = quarterOf(date);
        expect(daysBetween(quarter.firstDay, date)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(date, quarter.lastDay)).toBeGreaterThanOrEqual(0);
        const year = quarterOrYear(quarter.name.slice(0, 4))!;
        const quarters = [1, 2, 3, 4].map((q) => quarterOrYear(`${quarter.name.slice(0, 4)}-Q${q}`)!);
        expect(quarters[0]!.firstDay).toBe(year.firstDay);
        expect(quarters[3]!.lastDay).toBe(year.lastDay);
        for (let q = 1; q < 4; q++) expect(addDays(quarters[q - 1]!.lastDay, 1)).toBe(quarters[q]!.firstDay);
      }),
    );
  });
});

describe('scheduled report periods (CMP-12)', () => {
  it('CMP-12: the latest ended period is last week, or last quarter, whatever the day (property)', () => {
    expect(lastEndedPeriod('weekly', '2026-11-30').name).toBe('2026-W48');
    expect(lastEndedPeriod('weekly', '2026-12-06').name).toBe('2026-W48');
    expect(lastEndedPeriod('quarterly', '2026-10-01').name).toBe('2026-Q3');
    expect(lastEndedPeriod('quarterly', '2026-01-15').name).toBe('2025-Q4');
    fc.assert(
      fc.property(dates, fc.constantFrom('weekly' as const, 'quarterly' as const), (today, schedule) => {
        const period = lastEndedPeriod(schedule, today);
        // Ended before today, and the period after it has not ended yet.
        expect(daysBetween(period.lastDay, today)).toBeGreaterThanOrEqual(1);
        const next =
          schedule === 'weekly'
            ? isoWeekOf(addDays(period.lastDay, 1))
            : quarterOf(addDays(period.lastDay, 1));
        expect(daysBetween(next.lastDay, today)).toBeLessThanOrEqual(0);
      }),
    );
  });
});
