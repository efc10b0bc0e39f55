/**
 * Time counted on working days only (CMP-14 "resumes with the time that was left", "warned 2 working
 * hours before"): every instant of a working day counts, nothing of a weekend or holiday does. Deadlines
 * themselves are whole working days (GEN-1, `addWorkingDays`); this measures and moves within them.
 */
import { addDays, type LocalDate } from './local-date.js';
import type { WorkCalendar } from './work-calendar.js';

/** A pause longer than this is a data error, not a wait on a customer: stop walking day by day. */
const MAX_DAYS = 3660;

function nextDayStart(calendar: WorkCalendar, day: LocalDate): Date {
  return calendar.startOfDay(addDays(day, 1));
}

/** Milliseconds of working days in [from, to); 0 when `to` is not after `from`. */
export function workingMsBetween(calendar: WorkCalendar, from: Date, to: Date): number {
  let total = 0;
  let day = calendar.localDateOf(from);
  let cursor = from.getTime();
  const end = to.getTime();
  for (let i = 0; cursor < end; i++) {
    if (i > MAX_DAYS) throw new RangeError('working time spans more than ten years');
    const dayEnd = Math.min(nextDayStart(calendar, day).getTime(), end);
    if (calendar.isWorkingDay(day)) total += dayEnd - cursor;
    cursor = dayEnd;
    day = addDays(day, 1);
  }
  return total;
}

/**
 * The instant `ms` of working time after `from`. From a non-working day the count starts at the next
 * working day's first instant, as GEN-1 does for whole days.
 */
export function addWorkingMs(calendar: WorkCalendar, from: Date, ms: number): Date {
  if (!(ms >= 0)) throw new RangeError(`working time must be >= 0, got ${ms}`);
  let day = calendar.localDateOf(from);
  let cursor = from.getTime();
  let left = ms;
  for (let i = 0; ; i++) {
    if (i > MAX_DAYS) throw new RangeError('working time spans more than ten years');
    const dayEnd = nextDayStart(calendar, day).getTime();
    if (calendar.isWorkingDay(day)) {
      if (cursor + left < dayEnd || (left === 0 && cursor < dayEnd)) return new Date(cursor + left);
      left -= dayEnd - cursor;
    }
    cursor = dayEnd;
    day = addDays(day, 1);
  }
}

/** The instant `ms` of working time before `to` (never before the last working instant it can reach). */
export function subtractWorkingMs(calendar: WorkCalendar, to: Date, ms: number): Date {
  if (!(ms >= 0)) throw new RangeError(`working time must be >= 0, got ${ms}`);
  if (ms === 0) return to;
  let day = calendar.localDateOf(new Date(to.getTime() - 1));
  let cursor = to.getTime();
  let left = ms;
  for (let i = 0; ; i++) {
    if (i > MAX_DAYS) throw new RangeError('working time spans more than ten years');
    const dayStart = calendar.startOfDay(day).getTime();
    if (calendar.isWorkingDay(day)) {
      if (cursor - left >= dayStart) return new Date(cursor - left);
      left -= cursor - dayStart;
    }
    cursor = dayStart;
    day = addDays(day, -1);
  }
}
