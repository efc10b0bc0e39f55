import { addDays, type WorkCalendar } from '@pcs/work-calendar';

/**
 * CMP-4: a call-back is due by the end of the next working day after the escalation (GEN-1): an
 * escalation on Friday afternoon is called back by Monday evening, one before a holiday after it.
 */
export function callBackDue(calendar: WorkCalendar, escalatedAt: Date): Date {
  const next = calendar.nextWorkingDay(calendar.localDateOf(escalatedAt));
  return calendar.startOfDay(addDays(next, 1));
}
