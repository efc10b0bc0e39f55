import { describe, expect, it } from '@jest/globals';
import { WorkCalendar } from '@pcs/work-calendar';
import { COMPLAINT_POLICY } from '../complaints/complaint-policy.js';
import { dueAt, warnAt } from './deadline-clock.js';

const at = (s: string) => new Date(`${s}+08:00`);
// 2026: National Day 10-01..10-07 off; Sunday 09-27 and Saturday 10-10 are make-up working days.
const YEAR_2026 = {
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
};
const calendar = new WorkCalendar([YEAR_2026]);
const feedback = (from: Date) => ({
  unit: 'working-days' as const,
  amount: COMPLAINT_POLICY.feedbackWorkingDays,
  from,
});

describe('complaint deadlines (CMP-3, CMP-14, GEN-1)', () => {
  it('CMP-3: department feedback is due 3 working days after assignment, across a weekend', () => {
    // Assigned Thursday 2026-11-19 15:00: Fri, Mon, Tue → Tuesday 11-24 15:00.
    expect(dueAt(calendar, feedback(at('2026-11-19T15:00:00')), [])).toEqual(at('2026-11-24T15:00:00'));
  });

  it('CMP-3: feedback skips a public holiday and counts a make-up Saturday', () => {
    // Assigned Wednesday 09-30 10:00: 10-01..10-07 are off, 10-08 Thu, 10-09 Fri, 10-10 Sat (make-up).
    expect(dueAt(calendar, feedback(at('2026-09-30T10:00:00')), [])).toEqual(at('2026-10-10T10:00:00'));
  });

  it('CMP-3: a make-up Sunday counts: assigned Friday 09-25 is due Tuesday 09-29', () => {
    // Fri 09-25 → Sun 09-27 (make-up), Mon 09-28, Tue 09-29.
    expect(dueAt(calendar, feedback(at('2026-09-25T09:00:00')), [])).toEqual(at('2026-09-29T09:00:00'));
  });

  it('CMP-3: acknowledgement is due by the end of the day received; resolution 7 calendar days later', () => {
    expect(dueAt(calendar, { unit: 'end-of-day', from: at('2026-11-20T18:30:00') }, [])).toEqual(
      at('2026-11-21T00:00:00'),
    );
    expect(
      dueAt(calendar, { unit: 'calendar-days', amount: 7, from: at('2026-09-30T10:00:00') }, []),
    ).toEqual(at('2026-10-07T10:00:00'));
  });

  it('CMP-14: a paused timer resumes with the time that was left', () => {
    const rule = feedback(at('2026-11-16T09:00:00')); // Monday → due Thursday 11-19 09:00
    // Paused Tuesday 09:00 to Wednesday 15:00: 30 working hours stood still → due Friday 11-20 15:00.
    const pauses = [
      { from: at('2026-11-17T09:00:00').toISOString(), to: at('2026-11-18T15:00:00').toISOString() },
    ];
    expect(dueAt(calendar, rule, pauses)).toEqual(at('2026-11-20T15:00:00'));
    // A pause over a weekend costs only its working hours: Friday 12:00 to Monday 12:00 is 24 of them.
    const weekend = [
      { from: at('2026-11-20T12:00:00').toISOString(), to: at('2026-11-23T12:00:00').toISOString() },
    ];
    expect(dueAt(calendar, feedback(at('2026-11-19T09:00:00')), weekend)).toEqual(at('2026-11-25T09:00:00'));
    // A calendar-day deadline gets the whole paused time back.
    expect(
      dueAt(calendar, { unit: 'calendar-days', amount: 7, from: at('2026-11-16T09:00:00') }, weekend),
    ).toEqual(at('2026-11-26T09:00:00'));
  });

  it('CMP-14: open deadlines are recomputed when the calendar changes', () => {
    const rule = feedback(at('2026-11-19T15:00:00'));
    expect(dueAt(calendar, rule, [])).toEqual(at('2026-11-24T15:00:00'));
    // The company adds Monday 11-23 as a holiday: due moves to Wednesday 11-25.
    const changed = new WorkCalendar([{ ...YEAR_2026, holidays: [...YEAR_2026.holidays, '2026-11-23'] }]);
    expect(dueAt(changed, rule, [])).toEqual(at('2026-11-25T15:00:00'));
  });

  it('CMP-14: the handler is warned 2 working hours before, not in the weekend before a Monday deadline', () => {
    expect(warnAt(calendar, at('2026-11-24T15:00:00'), 2, at('2026-11-19T15:00:00'))).toEqual(
      at('2026-11-24T13:00:00'),
    );
    expect(warnAt(calendar, at('2026-11-23T01:00:00'), 2, at('2026-11-18T00:00:00'))).toEqual(
      at('2026-11-20T23:00:00'),
    );
    // Never before the deadline opened.
    expect(warnAt(calendar, at('2026-11-24T01:00:00'), 2, at('2026-11-24T00:30:00'))).toEqual(
      at('2026-11-24T00:30:00'),
    );
  });
});
