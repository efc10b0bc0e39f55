/**
 * A company's maintained calendar for one year, and its validation.
 *
 * Validation returns problems instead of throwing so an API can answer 400 with every mistake at once.
 */
import { isLocalDate, MAX_YEAR, MIN_YEAR, weekdayOf, type LocalDate } from './local-date.js';

export interface CalendarYear {
  readonly year: number;
  /** Days off even when they fall on a weekday. Weekend days may be listed (official ranges include them). */
  readonly holidays: readonly LocalDate[];
  /** Weekend days worked in exchange for a longer holiday (调休上班日). */
  readonly makeUpWorkdays: readonly LocalDate[];
}

export interface CalendarProblem {
  /** Path of the offending value, e.g. `holidays[2]`; empty for the value as a whole. */
  readonly field: string;
  readonly message: string;
}

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isValidYear(year: unknown): year is number {
  return typeof year === 'number' && Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

/** Problems shared by both date lists; returns the valid, in-year dates with their index for further checks. */
function checkDateList(
  field: 'holidays' | 'makeUpWorkdays',
  list: unknown,
  year: number | undefined,
  problems: CalendarProblem[],
): Map<LocalDate, number> {
  const firstIndexByDate = new Map<LocalDate, number>();
  if (!Array.isArray(list)) {
    problems.push({ field, message: 'must be an array of YYYY-MM-DD dates' });
    return firstIndexByDate;
  }
  list.forEach((date: unknown, index) => {
    const path = `${field}[${index}]`;
    if (!isLocalDate(date)) {
      problems.push({
        field: path,
        message: `must be a real date in YYYY-MM-DD form, got ${JSON.stringify(date)}`,
      });
      return;
    }
    if (year !== undefined && Number(date.slice(0, 4)) !== year) {
      problems.push({ field: path, message: `must be in ${year}, got ${date}` });
      return;
    }
    const first = firstIndexByDate.get(date);
    if (first !== undefined) {
      // Harmless for the arithmetic, but almost always a data-entry slip, and rejecting keeps stored data canonical.
      problems.push({ field: path, message: `duplicates ${field}[${first}] (${date})` });
      return;
    }
    firstIndexByDate.set(date, index);
  });
  return firstIndexByDate;
}

/**
 * Every problem with a year's calendar, or `[]` when it is valid. Accepts unchecked input (e.g. a request body).
 *
 * Rules: `year` is an integer 1-9999; both lists hold real, distinct dates inside `year`;
 * a make-up workday falls on a Saturday or Sunday (a weekday is already a working day, so listing one is a mistake);
 * no date is both a holiday and a make-up workday. Holidays on weekends are accepted, because official
 * holiday ranges such as 2025-10-01..2025-10-08 include weekend days.
 */
export function validateCalendarYear(value: unknown): CalendarProblem[] {
  if (!isRecord(value))
    return [{ field: '', message: 'must be an object with year, holidays and makeUpWorkdays' }];
  const problems: CalendarProblem[] = [];
  const year = isValidYear(value.year) ? value.year : undefined;
  if (year === undefined)
    problems.push({ field: 'year', message: `must be an integer from ${MIN_YEAR} to ${MAX_YEAR}` });

  const holidays = checkDateList('holidays', value.holidays, year, problems);
  const makeUpWorkdays = checkDateList('makeUpWorkdays', value.makeUpWorkdays, year, problems);
  for (const [date, index] of makeUpWorkdays) {
    const field = `makeUpWorkdays[${index}]`;
    const holidayIndex = holidays.get(date);
    if (holidayIndex !== undefined) {
      problems.push({ field, message: `must not also be a holiday (holidays[${holidayIndex}], ${date})` });
    }
    const weekday = weekdayOf(date);
    if (weekday <= 5) {
      const name = WEEKDAY_NAMES[weekday - 1];
      problems.push({
        field,
        message: `must fall on a Saturday or Sunday; ${date} is a ${name}, already a working day`,
      });
    }
  }
  return problems;
}

/**
 * Validates several years at once, e.g. a bulk import; fields are prefixed with the list index
 * (`[1].holidays[2]`), and a year listed twice is a problem of its own.
 */
export function validateCalendarYears(values: readonly unknown[]): CalendarProblem[] {
  const problems: CalendarProblem[] = [];
  const firstIndexByYear = new Map<number, number>();
  values.forEach((value, index) => {
    for (const problem of validateCalendarYear(value)) {
      problems.push({
        field: problem.field === '' ? `[${index}]` : `[${index}].${problem.field}`,
        message: problem.message,
      });
    }
    if (isRecord(value) && isValidYear(value.year)) {
      const first = firstIndexByYear.get(value.year);
      if (first === undefined) firstIndexByYear.set(value.year, index);
      else
        problems.push({
          field: `[${index}].year`,
          message: `${value.year} is already defined at [${first}]`,
        });
    }
  });
  return problems;
}

/** Thrown by `WorkCalendar` when built from invalid data; validate first to report problems to a user instead. */
export class InvalidCalendarError extends Error {
  readonly problems: readonly CalendarProblem[];

  constructor(problems: readonly CalendarProblem[]) {
    super(
      `Invalid calendar: ${problems.map((p) => (p.field === '' ? p.message : `${p.field}: ${p.message}`)).join('; ')}`,
    );
    this.name = 'InvalidCalendarError';
    this.problems = problems;
  }
}
