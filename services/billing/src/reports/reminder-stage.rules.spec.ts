import { describe, expect, it } from '@jest/globals';
import { collectionRateBasisPoints, reminderStage, stagesFrom } from './reminder-stage.rules.js';

describe('reminders and the collection rate (BIL-4)', () => {
  it('BIL-4: an unpaid bill comes to reminders at 15, 30 and 60 days past due', () => {
    expect([0, 14, 15, 29, 30, 59, 60, 365].map(reminderStage)).toEqual([
      'none',
      'none',
      'day-15',
      'day-15',
      'day-30',
      'day-30',
      'day-60',
      'day-60',
    ]);
  });

  it('BIL-4, decision 0253: a stage is not announced after itself or a later one', () => {
    expect(stagesFrom('day-15')).toEqual(['day-60', 'day-30', 'day-15']);
    expect(stagesFrom('day-30')).toEqual(['day-60', 'day-30']);
    expect(stagesFrom('day-60')).toEqual(['day-60']);
    expect(stagesFrom('none')).toEqual([]);
  });

  it('BIL-4: the collection rate is collected ÷ billed for the month, in basis points', () => {
    expect(collectionRateBasisPoints(1_000_000n, 951_234n)).toBe(9_512);
    expect(collectionRateBasisPoints(300n, 300n)).toBe(10_000);
  });

  it('BIL-4, decision 0348: a month with nothing billed has no collection rate, not 0%', () => {
    expect(collectionRateBasisPoints(0n, 0n)).toBeUndefined();
  });
});
