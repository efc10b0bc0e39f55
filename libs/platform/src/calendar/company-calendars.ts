import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { WorkCalendar } from '@pcs/work-calendar';
import { CalendarYearReplica } from './calendar-year-replica.entity.js';

/** The working-day calendar of a company, from the local replica (GEN-1). */
@Injectable()
export class CompanyCalendars {
  async forCompany(em: EntityManager, companyId: string, timeZone?: string): Promise<WorkCalendar> {
    const years = await em.find(CalendarYearReplica, { companyId }, { filters: false });
    return new WorkCalendar(
      years.map((y) => ({ year: y.year, holidays: y.holidays, makeUpWorkdays: y.makeUpWorkdays })),
      timeZone,
    );
  }
}
