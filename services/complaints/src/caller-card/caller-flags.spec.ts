import { describe, expect, it } from '@jest/globals';
import { callerFlags } from './caller-flags.js';

const none = { complaintsInWindow: 0, majorInYear: 0, escalatedOpen: 0, dissatisfiedVisits: 0 };

describe('caller flags (DESK-3)', () => {
  it('DESK-3: a quiet caller has no flags', () => {
    expect(callerFlags(none)).toEqual([]);
    expect(callerFlags({ ...none, complaintsInWindow: 2 })).toEqual([]);
  });

  it('DESK-3: major, repeated, escalated and dissatisfied callers are flagged with the reason in Chinese', () => {
    expect(
      callerFlags({ complaintsInWindow: 4, majorInYear: 1, escalatedOpen: 2, dissatisfiedVisits: 1 }),
    ).toEqual([
      { code: 'major-complainant', label: '重大投诉人', detail: '近一年重大投诉1次' },
      { code: 'repeat-complainant', label: '多次投诉', detail: '近90天投诉4次' },
      { code: 'escalated', label: '投诉已升级', detail: '2件未办结投诉已升级' },
      { code: 'recently-dissatisfied', label: '近期回访不满意', detail: '近90天回访不满意1次' },
    ]);
  });
});
