import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Something kept in step with a company's calendar: complaints' open deadlines (CMP-14), maintenance's
 * repair deadlines. Called in the transaction that changed the replica, so the two never disagree.
 */
export interface CalendarChangeListener {
  calendarChanged(em: EntityManager, companyId: string, year: number): Promise<void>;
}

export const CALENDAR_CHANGE_LISTENER = Symbol('pcs:calendar-change-listener');
