import type { CalendarYearView } from '@pcs/contracts';
import type { CalendarYear } from './calendar-year.entity.js';

export function toCalendarYearView(c: CalendarYear): CalendarYearView {
  return {
    companyId: c.companyId,
    year: c.year,
    defined: c.version > 0,
    holidays: c.holidays,
    makeUpWorkdays: c.makeUpWorkdays,
    version: c.version,
    updatedAt: c.updatedAt.toISOString(),
  };
}

/** GEN-1: a year the company has not maintained: weekends only, no holidays. */
export function undefinedCalendarYearView(companyId: string, year: number): CalendarYearView {
  return {
    companyId,
    year,
    defined: false,
    holidays: [],
    makeUpWorkdays: [],
    version: 0,
  };
}
