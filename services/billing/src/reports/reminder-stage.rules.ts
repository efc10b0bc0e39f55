import type { ReminderStage } from '@pcs/contracts';

/** BIL-4: reminders at 15, 30 and 60 days past the due date (the spec's defaults). */
export const REMINDER_DAYS: readonly [number, ReminderStage][] = [
  [60, 'day-60'],
  [30, 'day-30'],
  [15, 'day-15'],
];

export function reminderStage(daysOverdue: number): ReminderStage {
  return REMINDER_DAYS.find(([days]) => daysOverdue >= days)?.[1] ?? 'none';
}

/**
 * Decision 0253: the stages a bill may not be reminded at `stage` after: `stage` itself and every
 * later one. A resident told of 60 days is never told of 15 afterwards (a run for a past day).
 */
export function stagesFrom(stage: ReminderStage): ReminderStage[] {
  const days = REMINDER_DAYS.find(([, s]) => s === stage)?.[0];
  return days === undefined ? [] : REMINDER_DAYS.filter(([d]) => d >= days).map(([, s]) => s);
}

/** BIL-4: the collection rate in basis points, rounded down; none when nothing was billed (decision 0348). */
export function collectionRateBasisPoints(billedFen: bigint, collectedFen: bigint): number | undefined {
  return billedFen > 0n ? Number((collectedFen * 10_000n) / billedFen) : undefined;
}
