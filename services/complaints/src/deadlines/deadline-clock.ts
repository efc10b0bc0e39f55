import { addWorkingMs, subtractWorkingMs, workingMsBetween, type WorkCalendar } from '@pcs/work-calendar';
import type { DeadlineRule } from './deadline-rule.js';

const HOUR = 3_600_000;

/** A stretch of time a deadline's clock stood still (CMP-14). */
export interface PauseSpan {
  from: string;
  to?: string;
}

/** When a rule ends before any pause (GEN-1, CMP-3). */
export function ruleDue(calendar: WorkCalendar, rule: DeadlineRule): Date {
  switch (rule.unit) {
    case 'working-days':
      return calendar.addWorkingDays(rule.from, rule.amount);
    case 'calendar-days':
      return calendar.addCalendarDays(rule.from, rule.amount);
    case 'end-of-day':
      return calendar.endOfLocalDay(rule.from);
    case 'fixed':
      return rule.at;
  }
}

/**
 * CMP-14: the due time once the finished pauses are added back. A working-day deadline gets back the
 * working time its pauses took, a calendar one the whole time: either way it resumes with what was
 * left. Computed from the rule every time, so a calendar change moves it too.
 */
export function dueAt(calendar: WorkCalendar, rule: DeadlineRule, pauses: readonly PauseSpan[]): Date {
  const base = ruleDue(calendar, rule);
  const finished = pauses.filter((p): p is Required<PauseSpan> => p.to !== undefined);
  if (finished.length === 0) return base;
  if (rule.unit === 'working-days') {
    const lost = finished.reduce(
      (sum, p) => sum + workingMsBetween(calendar, new Date(p.from), new Date(p.to)),
      0,
    );
    return lost === 0 ? base : addWorkingMs(calendar, base, lost);
  }
  const lost = finished.reduce((sum, p) => sum + Math.max(0, Date.parse(p.to) - Date.parse(p.from)), 0);
  return new Date(base.getTime() + lost);
}

/** CMP-14: when the handler is warned, `hours` working hours before the deadline (never before it opened). */
export function warnAt(calendar: WorkCalendar, due: Date, hours: number, openedAt: Date): Date {
  const warn = subtractWorkingMs(calendar, due, hours * HOUR);
  return warn < openedAt ? openedAt : warn;
}
