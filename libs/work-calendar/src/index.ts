export {
  InvalidCalendarError,
  validateCalendarYear,
  validateCalendarYears,
  type CalendarProblem,
  type CalendarYear,
} from './calendar-year.js';
export {
  addDays,
  compareLocalDates,
  daysBetween,
  daysInMonth,
  formatLocalDate,
  isLocalDate,
  isWeekend,
  parseLocalDate,
  weekdayOf,
  type IsoWeekday,
  type LocalDate,
  type YearMonthDay,
} from './local-date.js';
export { DEFAULT_TIME_ZONE, isTimeZone, localDateOf } from './time-zone.js';
export { WorkCalendar, type DayKind } from './work-calendar.js';
export { addWorkingMs, subtractWorkingMs, workingMsBetween } from './working-time.js';
