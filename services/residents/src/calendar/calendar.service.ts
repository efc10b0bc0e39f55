import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  CalendarUpdated,
  DomainError,
  SetCalendarYear,
  type CalendarYearView,
  type GetCalendarYearV1,
  type SetCalendarYearV1,
} from '@pcs/contracts';
import { CallContext, newId, Outbox, runCommand } from '@pcs/platform';
import { validateCalendarYear } from '@pcs/work-calendar';
import { assertCompanyWideCaller } from '../communities/visible-community.js';
import { CalendarYearRevision } from './calendar-year-revision.entity.js';
import { CalendarYear } from './calendar-year.entity.js';
import { toCalendarYearView, undefinedCalendarYearView } from './calendar.view.js';

/** GEN-1: the company's holidays and make-up working days, maintained per year as data. */
@Injectable()
export class CalendarService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
  ) {}

  /**
   * Replaces the year's days. A change raises the version and publishes `calendar.updated`, from
   * which complaints and maintenance keep their deadline calendars; setting the same days again
   * changes nothing.
   */
  async set(command: SetCalendarYearV1): Promise<CalendarYearView> {
    // GEN-1 holidays count every community's deadlines (decision 0276).
    assertCompanyWideCaller('工作日历');
    const actor = CallContext.actor();
    const problems = validateCalendarYear({
      year: command.year,
      holidays: command.holidays,
      makeUpWorkdays: command.makeUpWorkdays,
    });
    if (problems.length > 0) {
      throw DomainError.validation(problems.map((p) => ({ field: p.field, message: p.message })));
    }
    // Stored sorted, so that the same days in another order are the same calendar.
    const holidays = [...command.holidays].sort();
    const makeUpWorkdays = [...command.makeUpWorkdays].sort();
    return runCommand(this.em, SetCalendarYear, command, {
      change: async (em) => {
        // The row is created at version 0 if missing, then locked: concurrent changes queue on it.
        await em.execute(
          `insert into calendar_year (company_id, year, holidays, make_up_workdays, version, updated_at)
           values (?, ?, '[]', '[]', 0, now()) on conflict do nothing`,
          [actor.companyId, command.year],
        );
        const calendar = await em.findOneOrFail(
          CalendarYear,
          { companyId: actor.companyId, year: command.year },
          { lockMode: LockMode.PESSIMISTIC_WRITE },
        );
        const unchanged =
          calendar.version > 0 &&
          sameDays(calendar.holidays, holidays) &&
          sameDays(calendar.makeUpWorkdays, makeUpWorkdays);
        if (unchanged) return calendar;
        const now = new Date();
        calendar.holidays = holidays;
        calendar.makeUpWorkdays = makeUpWorkdays;
        calendar.version += 1;
        calendar.updatedById = actor.sub;
        calendar.updatedByName = actor.name;
        calendar.updatedAt = now;
        em.create(CalendarYearRevision, {
          id: newId(),
          companyId: calendar.companyId,
          year: calendar.year,
          version: calendar.version,
          holidays,
          makeUpWorkdays,
          actorId: actor.sub,
          actorName: actor.name,
          at: now,
        });
        await this.outbox.stage(em, CalendarUpdated, {
          aggregateId: `calendar:${calendar.companyId}:${calendar.year}`,
          companyId: calendar.companyId,
          time: now,
          data: {
            year: calendar.year,
            holidays,
            makeUpWorkdays,
            version: calendar.version,
            updatedAt: now.toISOString(),
          },
        });
        return calendar;
      },
      view: (_em, calendar) => toCalendarYearView(calendar),
    });
  }

  /** A year never maintained is not an error: it has weekends only (`defined: false`, version 0). */
  async get(query: GetCalendarYearV1): Promise<CalendarYearView> {
    const { companyId } = CallContext.actor();
    const calendar = await this.em.findOne(CalendarYear, { companyId, year: query.year });
    return calendar && calendar.version > 0
      ? toCalendarYearView(calendar)
      : undefinedCalendarYearView(companyId, query.year);
  }
}

function sameDays(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}
