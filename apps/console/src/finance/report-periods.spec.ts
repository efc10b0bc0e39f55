import { describe, expect, it } from '@jest/globals';
import {
  asOfCaption,
  beijingDate,
  currentAnswer,
  currentIsoWeek,
  currentPeriod,
  formatRate,
  previousPeriod,
} from './report-periods';

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

describe('which day the arrears and the collection rate are as of (BIL-4, decision 0360)', () => {
  it('names the day the API answered for, a past one as at its end', () => {
    expect(asOfCaption('2026-11-30', '2026-11-30', '2026-12-03')).toBe('欠费与收费率均截至 2026-11-30 日终');
    // A day typed but not yet answered for: the figures shown are still the last answer's.
    expect(asOfCaption('2026-11-29', '2026-11-30', '2026-12-03')).toBe('欠费与收费率均截至 2026-11-30 日终');
  });

  it('says the figures are as they stand today when no day or today is asked for', () => {
    expect(asOfCaption('', undefined, '2026-12-03')).toBe('欠费与收费率截至今天 2026-12-03（当前数据）');
    expect(asOfCaption('', '2026-12-03', '2026-12-03')).toBe('欠费与收费率截至今天 2026-12-03（当前数据）');
  });
});

describe('the arrears page shows figures only for the filters as they stand (BIL-4, decision 0391)', () => {
  const asked = { communityId: 'GZ01', asOf: '2026-11-30', period: '2026-11' };
  const answer = { asked, totalFen: 14_786 };

  it('BIL-4 (decision 0391): shows the answer to the filters as they stand', () => {
    expect(currentAnswer(answer, { ...asked }, true)).toBe(answer);
  });

  it('BIL-4 (decision 0391): shows nothing beside a refused 截至日期 or 收费月份', () => {
    // A later day or `2026/11/30` typed: nothing is asked, the last figures are not shown beside it.
    expect(currentAnswer(answer, { ...asked, asOf: '2026/11/30' }, false)).toBeUndefined();
    expect(currentAnswer(answer, { ...asked, period: '2026-13' }, false)).toBeUndefined();
  });

  it('BIL-4 (decision 0391): shows no answer to other filters while the new one is on its way', () => {
    expect(currentAnswer(answer, { ...asked, asOf: '' }, true)).toBeUndefined();
    expect(currentAnswer(answer, { ...asked, period: '2026-10' }, true)).toBeUndefined();
    expect(currentAnswer(answer, { ...asked, communityId: 'GZ02' }, true)).toBeUndefined();
    expect(currentAnswer(undefined, asked, true)).toBeUndefined();
  });
});
