import { addDays, WorkCalendar } from '@pcs/work-calendar';

/** A community's local date and the instants it spans in the community's zone (CMP-6). */
export interface CommunityDay {
  communityId: string;
  date: string;
  timeZone: string;
  /** The day's first instant. */
  from: Date;
  /** The next day's first instant: the day is [from, to). */
  to: Date;
}

export function communityDay(communityId: string, date: string, timeZone: string): CommunityDay {
  // Only day boundaries are needed here, which holidays do not move.
  const calendar = new WorkCalendar([], timeZone);
  return {
    communityId,
    date,
    timeZone,
    from: calendar.startOfDay(date),
    to: calendar.startOfDay(addDays(date, 1)),
  };
}

/** CMP-6: a day is reconciled at its end; until then entries may still arrive. */
export function hasEnded(day: CommunityDay, now: Date): boolean {
  return now.getTime() >= day.to.getTime();
}

/** A day after today in the community's zone has not started: there is nothing of it to reconcile. */
export function hasStarted(day: CommunityDay, now: Date): boolean {
  return now.getTime() >= day.from.getTime();
}
