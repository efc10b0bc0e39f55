import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { WorkCalendar } from '@pcs/work-calendar';
import { calendarLockKey } from './calendar-change.js';

/** The working-day calendar of a company, from the local replica (GEN-1). */
@Injectable()
export class CompanyCalendars {
  async forCompany(em: EntityManager, companyId: string, timeZone?: string): Promise<WorkCalendar> {
    // Shared with every reader, exclusive for a change (decision 0242). A statement of its own: a read
    // in the same statement would keep the snapshot taken before the lock was granted, and so miss the
    // change it waited for.
    await em.execute(`select pg_advisory_xact_lock_shared(hashtextextended(?, 0))`, [
      calendarLockKey(companyId),
    ]);
    const years = await em.execute<{ year: number; holidays: string[]; make_up_workdays: string[] }[]>(
      `select year, holidays, make_up_workdays from calendar_year_replica where company_id = ?`,
      [companyId],
    );
    return new WorkCalendar(
      years.map((y) => ({ year: y.year, holidays: y.holidays, makeUpWorkdays: y.make_up_workdays })),
      timeZone,
    );
  }
}
