import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Something kept in step with a company's calendar: complaints' open deadlines (CMP-14), maintenance's
 * repair deadlines. Called in the transaction that changed the replica, so the two never disagree.
 */
export interface CalendarChangeListener {
  calendarChanged(em: EntityManager, companyId: string, year: number): Promise<void>;
}

export const CALENDAR_CHANGE_LISTENER = Symbol('pcs:calendar-change-listener');

/**
 * CMP-14, decision 0242: the advisory lock that orders a calendar change against the clocks computed
 * while it is applied. Every read of a company's calendar takes it shared, in the statement that
 * reads the years; the change takes it exclusive before its listeners recompute. A clock computed
 * during a change then either waits for it (and reads the new calendar) or commits first and is
 * recomputed by it.
 */
export const calendarLockKey = (companyId: string): string => `calendar:${companyId}`;
