import { describe, expect, it } from '@jest/globals';
import { WorkCalendar } from '@pcs/work-calendar';
import { callBackDue } from './call-back-due.js';

const at = (s: string) => new Date(`${s}+08:00`);
// 2026: National Day 10-01..10-07 off; Saturday 10-10 worked (调休).
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

describe('the call-back deadline (CMP-4, GEN-1)', () => {
  it('CMP-4: an escalation on a working day is called back by the end of the next working day', () => {
    expect(callBackDue(calendar, at('2026-11-18T10:00:00'))).toEqual(at('2026-11-20T00:00:00'));
  });

  it('CMP-4: over a weekend, the next working day is Monday', () => {
    expect(callBackDue(calendar, at('2026-11-20T16:00:00'))).toEqual(at('2026-11-24T00:00:00'));
    expect(callBackDue(calendar, at('2026-11-21T09:00:00'))).toEqual(at('2026-11-24T00:00:00'));
  });

  it('GEN-1: a public holiday is skipped and a make-up working day counts', () => {
    expect(callBackDue(calendar, at('2026-09-30T10:00:00'))).toEqual(at('2026-10-09T00:00:00'));
    expect(callBackDue(calendar, at('2026-10-09T10:00:00'))).toEqual(at('2026-10-11T00:00:00'));
  });
});
