import {
  addDays,
  daysBetween,
  formatLocalDate,
  parseLocalDate,
  weekdayOf,
  type LocalDate,
} from '@pcs/work-calendar';

/** A report's period as local dates, both included: the week, quarter or year it names. */
export interface ReportPeriod {
  /** `2026-W48`, `2026-Q4` or `2026`. */
  name: string;
  firstDay: LocalDate;
  lastDay: LocalDate;
}

/** The Monday of ISO week 1: the week holding the year's first Thursday (4 January is always in it). */
function mondayOfWeekOne(year: number): LocalDate {
  const january4 = formatLocalDate(year, 1, 4);
  return addDays(january4, 1 - weekdayOf(january4));
}

/** 52 or 53. */
export function weeksInYear(year: number): number {
  return daysBetween(mondayOfWeekOne(year), mondayOfWeekOne(year + 1)) / 7;
}

/** `2026-W48` as Monday to Sunday; undefined for a week the year does not have (W53 of most years). */
export function isoWeek(name: string): ReportPeriod | undefined {
  const match = /^(\d{4})-W(\d{2})$/.exec(name);
  if (!match) return undefined;
  const year = Number(match[1]);
  const week = Number(match[2]);
  if (week < 1 || week > weeksInYear(year)) return undefined;
  const firstDay = addDays(mondayOfWeekOne(year), (week - 1) * 7);
  return { name, firstDay, lastDay: addDays(firstDay, 6) };
}

/** The ISO week a local date falls in (its Thursday decides the year). */
export function isoWeekOf(date: LocalDate): ReportPeriod {
  const thursday = addDays(date, 4 - weekdayOf(date));
  const year = parseLocalDate(thursday).year;
  const week = Math.floor(daysBetween(mondayOfWeekOne(year), thursday) / 7) + 1;
  const firstDay = addDays(thursday, -3);
  return { name: `${year}-W${String(week).padStart(2, '0')}`, firstDay, lastDay: addDays(firstDay, 6) };
}

/** `2026-Q4` or `2026` as its first and last day. */
export function quarterOrYear(name: string): ReportPeriod | undefined {
  const match = /^(\d{4})(?:-Q([1-4]))?$/.exec(name);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (!match[2])
    return { name, firstDay: formatLocalDate(year, 1, 1), lastDay: formatLocalDate(year, 12, 31) };
  const quarter = Number(match[2]);
  const firstDay = formatLocalDate(year, quarter * 3 - 2, 1);
  const next = quarter === 4 ? formatLocalDate(year + 1, 1, 1) : formatLocalDate(year, quarter * 3 + 1, 1);
  return { name, firstDay, lastDay: addDays(next, -1) };
}

/** The quarter a local date falls in, `2026-Q4`. */
export function quarterOf(date: LocalDate): ReportPeriod {
  const { year, month } = parseLocalDate(date);
  const quarter = Math.ceil(month / 3);
  const next = quarter === 4 ? formatLocalDate(year + 1, 1, 1) : formatLocalDate(year, quarter * 3 + 1, 1);
  return {
    name: `${year}-Q${quarter}`,
    firstDay: formatLocalDate(year, quarter * 3 - 2, 1),
    lastDay: addDays(next, -1),
  };
}
