import type { ProactiveVisitKind } from '@pcs/contracts';
import { addDays, type LocalDate } from '@pcs/work-calendar';
import { addMonths } from '../warranty/warranty.js';

export interface ScheduledVisit {
  kind: ProactiveVisitKind;
  windowStart: LocalDate;
  dueOn: LocalDate;
}

/** Days either side of the 3- and 6-month anniversaries in which that visit counts (decision 0134). */
export const ANNIVERSARY_TOLERANCE_DAYS = 7;

/**
 * MNT-12: the visits after a handover or a fit-out completed on `startedOn`: the first between day 15 and
 * day 30, then about 3 months and 6 months on (a week either side of the anniversary, which is clamped to
 * the month's last day: 11-30 + 3 months is 02-28 or 02-29).
 */
export function proactiveVisitSchedule(startedOn: LocalDate): ScheduledVisit[] {
  const around = (kind: ProactiveVisitKind, months: number): ScheduledVisit => {
    const anniversary = addMonths(startedOn, months);
    return {
      kind,
      windowStart: addDays(anniversary, -ANNIVERSARY_TOLERANCE_DAYS),
      dueOn: addDays(anniversary, ANNIVERSARY_TOLERANCE_DAYS),
    };
  };
  return [
    { kind: 'first', windowStart: addDays(startedOn, 15), dueOn: addDays(startedOn, 30) },
    around('three-months', 3),
    around('six-months', 6),
  ];
}

/** MNT-12: the first-year equipment usage report is due 12 months after the community's first handover. */
export function equipmentReportDueOn(firstHandoverOn: LocalDate): LocalDate {
  return addMonths(firstHandoverOn, 12);
}
