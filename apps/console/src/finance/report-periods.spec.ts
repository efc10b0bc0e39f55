import { describe, expect, it } from '@jest/globals';
import { beijingDate, currentIsoWeek, currentPeriod, formatRate, previousPeriod } from './report-periods';

describe('report periods and rates', () => {
  it("names the month and day as Beijing's, whatever the browser's zone", () => {
    expect(currentPeriod(new Date('2026-11-30T16:30:00Z'))).toBe('2026-12');
    expect(currentPeriod(new Date('2026-11-30T15:30:00Z'))).toBe('2026-11');
    expect(previousPeriod(new Date('2026-12-03T04:00:00Z'))).toBe('2026-11');
    expect(previousPeriod(new Date('2026-12-31T16:30:00Z'))).toBe('2026-12');
    expect(previousPeriod(new Date('2027-01-15T04:00:00Z'))).toBe('2026-12');
    expect(beijingDate(new Date('2026-12-02T16:00:00Z'))).toBe('2026-12-03');
  });

  it('shows basis points as a percentage with two decimals', () => {
    expect(formatRate(9_512)).toBe('95.12%');
    expect(formatRate(10_000)).toBe('100.00%');
    expect(formatRate(5)).toBe('0.05%');
    expect(formatRate(0)).toBe('0.00%');
  });

  it('names ISO weeks, including those across a new year', () => {
    expect(currentIsoWeek(new Date('2026-12-03T04:00:00Z'))).toBe('2026-W49');
    expect(currentIsoWeek(new Date('2027-01-01T04:00:00Z'))).toBe('2026-W53');
    expect(currentIsoWeek(new Date('2025-12-29T04:00:00Z'))).toBe('2026-W01');
  });
});
