import type { RepairProgress, RepairUrgency } from '@pcs/contracts';
import type { WorkCalendar } from '@pcs/work-calendar';
import { MAINTENANCE_POLICY, type MaintenancePolicy } from '../maintenance-policy.js';

export interface RepairDeadlines {
  /** MNT-1, emergencies only. */
  onSiteDueAt?: Date;
  madeSafeDueAt?: Date;
  /** MNT-2: every request is surveyed within 1 working day (GEN-1). */
  surveyDueAt: Date;
}

/**
 * MNT-1, MNT-2: the clocks a request starts with. An emergency runs on the clock, not the calendar:
 * 30 minutes to be on site and 12 hours to be made safe, whatever the day. The survey follows the
 * company's working days.
 */
export function repairDeadlines(
  urgency: RepairUrgency,
  receivedAt: Date,
  calendar: WorkCalendar,
  policy: MaintenancePolicy = MAINTENANCE_POLICY,
): RepairDeadlines {
  const surveyDueAt = calendar.addWorkingDays(receivedAt, policy.surveyWorkingDays);
  if (urgency !== 'emergency') return { surveyDueAt };
  return {
    onSiteDueAt: new Date(receivedAt.getTime() + policy.emergencyOnSiteMinutes * 60_000),
    madeSafeDueAt: new Date(receivedAt.getTime() + policy.emergencyMadeSafeHours * 3_600_000),
    surveyDueAt,
  };
}

/** The facts of a request that decide whether it is overdue. */
export interface RepairClockFacts {
  progress: string;
  onSiteDueAt?: Date | null;
  arrivedAt?: Date | null;
  madeSafeDueAt?: Date | null;
  madeSafeAt?: Date | null;
  surveyDueAt: Date;
  surveyedAt?: Date | null;
}

/**
 * MNT-1, MNT-2: where a request's own clocks run. Once a work order is opened, the order's completion
 * deadline (MNT-5, decision 0135) takes over; a cancelled request has no clock.
 */
export const CLOCKED_PROGRESS: readonly RepairProgress[] = ['accepted', 'surveyed'];

/**
 * MNT-1, MNT-2 (decision 0350): the earliest deadline that has passed without being met at `now`, or
 * undefined: a request is overdue only while a deadline is missed and still unmet, computed when read.
 */
export function overdueSince(r: RepairClockFacts, now: Date): Date | undefined {
  if (!CLOCKED_PROGRESS.includes(r.progress as RepairProgress)) return undefined;
  const missed = [
    [r.onSiteDueAt, r.arrivedAt],
    [r.madeSafeDueAt, r.madeSafeAt],
    [r.surveyDueAt, r.surveyedAt],
  ].flatMap(([due, met]) => (due && !met && due.getTime() < now.getTime() ? [due.getTime()] : []));
  return missed.length ? new Date(Math.min(...missed)) : undefined;
}
