import { defineCommand, defineEvent, defineQuery } from '../../events/definitions.js';
import { ResidentsBus } from '../residents.bus.js';
import { CalendarUpdatedV1 } from './calendar-updated.js';
import type { CalendarYearView } from './calendar-year-view.js';
import { GetCalendarYearV1 } from './get-calendar-year.js';
import { SetCalendarYearV1 } from './set-calendar-year.js';

/* GEN-1: the company's calendar. */

const C = ResidentsBus.commands;
const Q = ResidentsBus.queries;
const E = ResidentsBus.events;

export const SetCalendarYear = defineCommand<SetCalendarYearV1, CalendarYearView>({
  subject: C.setCalendarYear,
  request: SetCalendarYearV1,
  summary: "Set a year's holidays and make-up working days (GEN-1)",
});

export const GetCalendarYear = defineQuery<GetCalendarYearV1, CalendarYearView>({
  subject: Q.getCalendarYear,
  request: GetCalendarYearV1,
  summary: "Read a year's holidays and make-up working days",
});

export const CalendarUpdated = defineEvent({
  subject: E.calendarUpdated,
  type: 'calendar.updated.v1',
  data: CalendarUpdatedV1,
  summary: "A year's holidays and make-up days changed (GEN-1)",
});
