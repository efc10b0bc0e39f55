/**
 * Calendar dates without a time or a zone, as ISO `YYYY-MM-DD` strings.
 *
 * Arithmetic runs on "epoch days" (whole days since 1970-01-01) with integer maths only:
 * it is cheaper than building `Date`s in a loop, and `Date.UTC` silently maps years 0-99 to 1900-1999.
 */

/** An ISO calendar date `YYYY-MM-DD`, years 0001-9999, e.g. `2025-01-28`. */
export type LocalDate = string;

/** ISO day of the week: 1 = Monday ... 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;

const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

/** True for a string in `YYYY-MM-DD` form naming a day that exists (so `2025-02-29` is rejected). */
export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const match = LOCAL_DATE_PATTERN.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return year >= MIN_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export interface YearMonthDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** @throws RangeError when `date` is not a real `YYYY-MM-DD` date. */
export function parseLocalDate(date: LocalDate): YearMonthDay {
  if (!isLocalDate(date)) throw new RangeError(`Not a valid YYYY-MM-DD date: ${JSON.stringify(date)}`);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** @throws RangeError when the fields do not name a real date in years 0001-9999. */
export function formatLocalDate(year: number, month: number, day: number): LocalDate {
  if (
    !Number.isInteger(year) ||
    year < MIN_YEAR ||
    year > MAX_YEAR ||
    !Number.isInteger(month) ||
    month < 1 ||
    month > 12 ||
    !Number.isInteger(day) ||
    day < 1 ||
    day > daysInMonth(year, month)
  ) {
    throw new RangeError(`Not a valid date: year ${year}, month ${month}, day ${day}`);
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Howard Hinnant's days_from_civil / civil_from_days: exact proleptic Gregorian conversions
// with no floating point and no dependence on the Date object's two-digit-year quirk.
export function epochDayFromYmd(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function ymdFromEpochDay(epochDay: number): YearMonthDay {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Whole days since 1970-01-01 (negative before it). */
export function toEpochDay(date: LocalDate): number {
  const { year, month, day } = parseLocalDate(date);
  return epochDayFromYmd(year, month, day);
}

export function fromEpochDay(epochDay: number): LocalDate {
  const { year, month, day } = ymdFromEpochDay(epochDay);
  return formatLocalDate(year, month, day);
}

/** ISO weekday of an epoch day; 1970-01-01 was a Thursday. */
export function weekdayOfEpochDay(epochDay: number): IsoWeekday {
  return (((((epochDay + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

export function isWeekendEpochDay(epochDay: number): boolean {
  return weekdayOfEpochDay(epochDay) >= 6;
}

export function weekdayOf(date: LocalDate): IsoWeekday {
  return weekdayOfEpochDay(toEpochDay(date));
}

export function isWeekend(date: LocalDate): boolean {
  return isWeekendEpochDay(toEpochDay(date));
}

/** `date` moved by `days` calendar days (negative moves back). */
export function addDays(date: LocalDate, days: number): LocalDate {
  if (!Number.isSafeInteger(days)) throw new RangeError(`days must be an integer, got ${days}`);
  return fromEpochDay(toEpochDay(date) + days);
}

/** Calendar days from `a` to `b`: positive when `b` is later. */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return toEpochDay(b) - toEpochDay(a);
}

/** Comparator for sorting; plain string comparison would also work for valid dates, this also validates. */
export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return Math.sign(toEpochDay(a) - toEpochDay(b));
}
