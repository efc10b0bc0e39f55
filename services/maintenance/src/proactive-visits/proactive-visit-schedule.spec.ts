import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { daysBetween, formatLocalDate } from '@pcs/work-calendar';
import { equipmentReportDueOn, proactiveVisitSchedule } from './proactive-visit-schedule.js';

const localDate = fc
  .record({
    year: fc.integer({ min: 2000, max: 2100 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }) =>
    formatLocalDate(year, month, Math.min(day, new Date(Date.UTC(year, month, 0)).getUTCDate())),
  );

describe('MNT-12 proactive visit schedule', () => {
  it('MNT-12: a handover on 2026-03-10 is visited 03-25…04-09, 06-03…06-17 and 09-03…09-17', () => {
    expect(proactiveVisitSchedule('2026-03-10')).toEqual([
      { kind: 'first', windowStart: '2026-03-25', dueOn: '2026-04-09' },
      { kind: 'three-months', windowStart: '2026-06-03', dueOn: '2026-06-17' },
      { kind: 'six-months', windowStart: '2026-09-03', dueOn: '2026-09-17' },
    ]);
  });

  it('MNT-12: an anniversary the month lacks falls on its last day (11-30 + 3 months → 02-28, in a leap year 02-29)', () => {
    expect(proactiveVisitSchedule('2026-11-30')[1]).toEqual({
      kind: 'three-months',
      windowStart: '2027-02-21',
      dueOn: '2027-03-07',
    });
    expect(proactiveVisitSchedule('2027-11-30')[1]?.windowStart).toBe('2028-02-22');
  });

  it('MNT-12: the first visit falls 15 to 30 days after, the others around 3 and 6 months, in order', () => {
    fc.assert(
      fc.property(localDate, (start) => {
        const [first, three, six] = proactiveVisitSchedule(start);
        expect(daysBetween(start, first!.windowStart)).toBe(15);
        expect(daysBetween(start, first!.dueOn)).toBe(30);
        // 3 months are 89 to 92 days; 6 months 181 to 184; a week either side.
        expect(daysBetween(start, three!.windowStart)).toBeGreaterThanOrEqual(89 - 3 - 7);
        expect(daysBetween(start, three!.dueOn)).toBeLessThanOrEqual(92 + 7);
        expect(daysBetween(start, six!.windowStart)).toBeGreaterThanOrEqual(181 - 3 - 7);
        expect(daysBetween(start, six!.dueOn)).toBeLessThanOrEqual(184 + 7);
        for (const v of [first!, three!, six!])
          expect(daysBetween(v.windowStart, v.dueOn)).toBeGreaterThan(0);
        expect(daysBetween(first!.dueOn, three!.windowStart)).toBeGreaterThan(0);
        expect(daysBetween(three!.dueOn, six!.windowStart)).toBeGreaterThan(0);
      }),
    );
  });

  it('MNT-12: the equipment report is due 12 months after the first handover (a leap day → 02-28)', () => {
    expect(equipmentReportDueOn('2026-03-10')).toBe('2027-03-10');
    expect(equipmentReportDueOn('2028-02-29')).toBe('2029-02-28');
  });
});
