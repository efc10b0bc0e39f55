import type { WorkCalendar } from '@pcs/work-calendar';
import { MAINTENANCE_POLICY, type MaintenancePolicy } from '../maintenance-policy.js';

/**
 * MNT-5: single-trade work is complete 3 working days after the survey, multi-trade (two distinct trades or more) 7 (GEN-1: the same
 * clock time on the N-th working day; a survey on a non-working day counts from the next working day).
 */
export function completionDueAt(
  surveyedAt: Date,
  trades: readonly string[],
  calendar: WorkCalendar,
  policy: MaintenancePolicy = MAINTENANCE_POLICY,
): Date {
  // A trade named twice is still one trade (MNT-5).
  const days = new Set(trades).size > 1 ? policy.multiTradeWorkingDays : policy.singleTradeWorkingDays;
  return calendar.addWorkingDays(surveyedAt, days);
}
