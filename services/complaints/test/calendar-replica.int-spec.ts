import { describe, expect, it } from '@jest/globals';
import { CalendarUpdated, ResidentsBus } from '@pcs/contracts';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CompanyCalendars } from '@pcs/platform';
import { eventually, useService } from '@pcs/testing';
import pg from 'pg';
import { complaintsService } from '../src/complaints.service-spec.js';

const calendarUpdated = (
  companyId: string,
  year: number,
  version: number,
  holidays: string[],
  makeUpWorkdays: string[],
) => ({
  id: `00000000-0000-7000-8${companyId === 'HRX' ? '000' : '001'}-${String(year * 100 + version).padStart(12, '0')}`,
  source: 'residents',
  subject: `calendar:${companyId}:${year}`,
  companyid: companyId,
  data: { year, holidays, makeUpWorkdays, version, updatedAt: '2026-11-20T02:00:00.000Z' },
});

describe('the complaints service keeps the company calendars (GEN-1)', () => {
  const fixture = useService(complaintsService);

  it('GEN-1: follows calendar.updated from residents; an older version never overwrites a newer one', async () => {
    // The test stands in for the residents service, which owns the calendar and its stream.
    const publish = (e: ReturnType<typeof calendarUpdated>) =>
      fixture.bus.publishEvent(CalendarUpdated, ResidentsBus, e);
    await publish(
      calendarUpdated('HRX', 2025, 2, ['2025-10-01', '2025-10-02', '2025-10-03'], ['2025-09-28']),
    );
    await publish(calendarUpdated('HRX', 2025, 1, ['2025-05-01'], []));
    await publish(calendarUpdated('OTHER', 2025, 1, ['2025-01-01'], []));

    const db = new pg.Client({ connectionString: fixture.service.database.url });
    await db.connect();
    try {
      await eventually(
        async () => {
          const { rows } = await db.query(
            'select company_id, year, version, holidays, make_up_workdays from calendar_year_replica order by company_id',
          );
          expect(rows).toEqual([
            {
              company_id: 'HRX',
              year: 2025,
              version: 2,
              holidays: ['2025-10-01', '2025-10-02', '2025-10-03'],
              make_up_workdays: ['2025-09-28'],
            },
            { company_id: 'OTHER', year: 2025, version: 1, holidays: ['2025-01-01'], make_up_workdays: [] },
          ]);
        },
        15_000,
        100,
      );
    } finally {
      await db.end();
    }

    // Deadlines count the replicated holidays and make-up days: from Tuesday 30 September, one
    // working day skips the 1-3 October holidays and the weekend; the make-up Sunday 28th counts.
    const calendars = fixture.service.app.get(CompanyCalendars);
    const em = fixture.service.app.get(MikroORM).em.fork() as EntityManager;
    const hrx = await calendars.forCompany(em, 'HRX');
    expect(hrx.addWorkingDays(new Date('2025-09-30T02:00:00Z'), 1).toISOString()).toBe(
      '2025-10-06T02:00:00.000Z',
    );
    expect(hrx.isWorkingDay('2025-09-28')).toBe(true);
    expect((await calendars.forCompany(em, 'OTHER')).isWorkingDay('2025-10-01')).toBe(true);
  });
});
