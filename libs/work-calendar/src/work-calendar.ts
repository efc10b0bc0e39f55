/**
 * Working-day arithmetic over a company's calendar (business rule GEN-1).
 *
 * All day-by-day work happens on integer epoch days: an instant is converted to its local day once,
 * the calendar is walked with set look-ups, and the answer is converted back to an instant once.
 */
import {
  InvalidCalendarError,
  validateCalendarYears,
  type CalendarProblem,
  type CalendarYear,
} from './calendar-year.js';
import { fromEpochDay, isWeekendEpochDay, toEpochDay, type LocalDate } from './local-date.js';
import {
  assertTimeZone,
  DEFAULT_TIME_ZONE,
  fromLocalDateTime,
  localDateOf,
  toLocalDateTime,
} from './time-zone.js';

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'make-up-workday';

function assertInteger(name: string, value: number, min?: number): void {
  if (!Number.isSafeInteger(value) || (min !== undefined && value < min)) {
    throw new RangeError(`${name} must be an integer${min === undefined ? '' : ` >= ${min}`}, got ${value}`);
  }
}

/** How many of the sorted values are <= `limit`. */
function countAtMost(sorted: Int32Array, limit: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid] <= limit) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Monday-to-Friday days among all epoch days before `epochDay`, offset by a constant that cancels in differences. */
function weekdaysBefore(epochDay: number): number {
  // Epoch day -3 (1969-12-29) was a Monday, so shifting by 3 aligns whole weeks with Monday.
  const sinceMonday = epochDay + 3;
  const weeks = Math.floor(sinceMonday / 7);
  return weeks * 5 + Math.min(sinceMonday - weeks * 7, 5);
}

function freezeYear(year: CalendarYear): CalendarYear {
  return Object.freeze({
    year: year.year,
    holidays: Object.freeze([...year.holidays].sort()),
    makeUpWorkdays: Object.freeze([...year.makeUpWorkdays].sort()),
  });
}

/**
 * An immutable company calendar in one time zone.
 *
 * A working day is a Monday-Friday that is not a holiday, or a make-up workday. Years the company has
 * not maintained count weekends only, so deadlines can always be computed; check `definedYears` to
 * warn that one may be missing holidays.
 */
export class WorkCalendar {
  /** The IANA zone whose local days and clock times the calendar counts in. */
  readonly timeZone: string;
  /** The years with maintained holidays, ascending. */
  readonly definedYears: readonly number[];

  readonly #years: ReadonlyMap<number, CalendarYear>;
  readonly #holidays: ReadonlySet<number>;
  readonly #makeUpWorkdays: ReadonlySet<number>;
  // Only the entries that change a day's status matter when counting ranges: holidays on weekdays
  // and (all, by validation) make-up days on weekends.
  readonly #weekdayHolidays: Int32Array;
  readonly #weekendMakeUpWorkdays: Int32Array;

  /**
   * @throws InvalidCalendarError when a year is invalid or listed twice (fields like `years[0].holidays[2]`).
   * @throws RangeError for an unknown time zone.
   */
  constructor(years: readonly CalendarYear[] = [], timeZone: string = DEFAULT_TIME_ZONE) {
    const problems: CalendarProblem[] = validateCalendarYears(years).map((p) => ({
      ...p,
      field: `years${p.field}`,
    }));
    if (problems.length > 0) throw new InvalidCalendarError(problems);
    assertTimeZone(timeZone);

    this.timeZone = timeZone;
    this.#years = new Map(years.map((y) => [y.year, freezeYear(y)]));
    this.definedYears = Object.freeze([...this.#years.keys()].sort((a, b) => a - b));

    const holidays = years.flatMap((y) => y.holidays.map(toEpochDay));
    const makeUpWorkdays = years.flatMap((y) => y.makeUpWorkdays.map(toEpochDay));
    this.#holidays = new Set(holidays);
    this.#makeUpWorkdays = new Set(makeUpWorkdays);
    this.#weekdayHolidays = Int32Array.from(holidays.filter((d) => !isWeekendEpochDay(d))).sort();
    this.#weekendMakeUpWorkdays = Int32Array.from(makeUpWorkdays).sort();
    Object.freeze(this);
  }

  /** The same calendar in another zone, e.g. for a community outside China. */
  withTimeZone(timeZone: string): WorkCalendar {
    return new WorkCalendar([...this.#years.values()], timeZone);
  }

  /** A calendar with `year` added, or replacing the year already defined. */
  withYear(year: CalendarYear): WorkCalendar {
    const others = [...this.#years.values()].filter((y) => y.year !== year.year);
    return new WorkCalendar([...others, year], this.timeZone);
  }

  isDefinedYear(year: number): boolean {
    return this.#years.has(year);
  }

  /** The maintained data for `year` (sorted), or undefined when the year falls back to weekends only. */
  calendarYear(year: number): CalendarYear | undefined {
    return this.#years.get(year);
  }

  isWorkingDay(date: LocalDate): boolean {
    return this.#isWorking(toEpochDay(date));
  }

  /** Why a day is or is not worked; a holiday on a weekend reports `holiday`. */
  dayKind(date: LocalDate): DayKind {
    const day = toEpochDay(date);
    if (this.#makeUpWorkdays.has(day)) return 'make-up-workday';
    if (this.#holidays.has(day)) return 'holiday';
    return isWeekendEpochDay(day) ? 'weekend' : 'workday';
  }

  /** The `n`-th working day strictly after `date` (n >= 1, default the next one). */
  nextWorkingDay(date: LocalDate, n = 1): LocalDate {
    assertInteger('n', n, 1);
    return fromEpochDay(this.#advance(toEpochDay(date), n));
  }

  /**
   * Working days in the half-open range (`from`, `to`]: `from` itself is not counted, `to` is.
   * This matches `addWorkingDays`, whose result lies that many working days after its start day.
   * Negative when `to` is before `from`.
   */
  workingDaysBetween(from: LocalDate, to: LocalDate): number {
    const a = toEpochDay(from);
    const b = toEpochDay(to);
    if (b >= a) return this.#countWorking(a, b);
    // `|| 0` so an empty backwards range gives 0, not -0 (which Object.is and JSON consumers tell apart).
    return -this.#countWorking(b, a) || 0;
  }

  /** The calendar date in the calendar's zone at `instant`. */
  localDateOf(instant: Date): LocalDate {
    return localDateOf(instant, this.timeZone);
  }

  /** The first instant of `date` in the calendar's zone (normally 00:00; 01:00 where a DST gap skips midnight). */
  startOfDay(date: LocalDate): Date {
    return fromLocalDateTime(this.timeZone, { epochDay: toEpochDay(date), msOfDay: 0 });
  }

  /**
   * The instant the local day of `instant` ends, i.e. the start of the next local day
   * ("acknowledge the same day" deadlines, CMP-3). Exclusive: a deadline is met strictly before it.
   */
  endOfLocalDay(instant: Date): Date {
    const { epochDay } = toLocalDateTime(this.timeZone, instant);
    return fromLocalDateTime(this.timeZone, { epochDay: epochDay + 1, msOfDay: 0 });
  }

  /**
   * `from` moved by `days` local calendar days at the same local clock time, regardless of
   * working days (e.g. "within 7 calendar days", CMP-3; "90 days after", BIL-9). Negative moves back.
   */
  addCalendarDays(from: Date, days: number): Date {
    assertInteger('days', days);
    const local = toLocalDateTime(this.timeZone, from);
    if (days === 0) return new Date(from.getTime());
    return fromLocalDateTime(this.timeZone, { epochDay: local.epochDay + days, msOfDay: local.msOfDay });
  }

  /**
   * The deadline `n` working days after `from` (GEN-1): the same local clock time on the `n`-th working
   * day after `from`'s local day. When `from` falls on a non-working day, counting starts at 00:00 of the
   * next working day, so the deadline is 00:00 of the `n`-th working day after that one.
   *
   * `n = 0` gives the start of counting: `from` itself on a working day, else the start of the next working day.
   * @throws RangeError unless `n` is an integer >= 0, or for an invalid Date.
   */
  addWorkingDays(from: Date, n: number): Date {
    assertInteger('n', n, 0);
    const local = toLocalDateTime(this.timeZone, from);
    if (this.#isWorking(local.epochDay)) {
      if (n === 0) return new Date(from.getTime());
      return fromLocalDateTime(this.timeZone, {
        epochDay: this.#advance(local.epochDay, n),
        msOfDay: local.msOfDay,
      });
    }
    const firstWorkingDay = this.#advance(local.epochDay, 1);
    return fromLocalDateTime(this.timeZone, { epochDay: this.#advance(firstWorkingDay, n), msOfDay: 0 });
  }

  #isWorking(day: number): boolean {
    return this.#makeUpWorkdays.has(day) || (!this.#holidays.has(day) && !isWeekendEpochDay(day));
  }

  /** The `n`-th working day after `day` (`day` itself when n = 0). */
  #advance(day: number, n: number): number {
    let current = day;
    let remaining = n;
    while (remaining > 0) {
      current += 1;
      if (this.#isWorking(current)) remaining -= 1;
    }
    return current;
  }

  /** Working days in (a, b] for a <= b, in O(log holidays) rather than walking the range. */
  #countWorking(a: number, b: number): number {
    const weekdays = weekdaysBefore(b + 1) - weekdaysBefore(a + 1);
    const holidays = countAtMost(this.#weekdayHolidays, b) - countAtMost(this.#weekdayHolidays, a);
    const makeUps = countAtMost(this.#weekendMakeUpWorkdays, b) - countAtMost(this.#weekendMakeUpWorkdays, a);
    return weekdays - holidays + makeUps;
  }
}
