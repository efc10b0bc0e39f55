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

  it('CMP-14, decision 0242: a calendar change waits for the clocks being computed on the old calendar; those computed after it read the new one', async () => {
    const calendars = fixture.service.app.get(CompanyCalendars);
    const orm = fixture.service.app.get(MikroORM);
    const db = new pg.Client({ connectionString: fixture.service.database.url });
    await db.connect();
    const waitingForLock = async () =>
      Number(
        (await db.query(`select count(*) from pg_locks where locktype = 'advisory' and not granted`)).rows[0]
          .count,
      );
    const replicated = async () =>
      Number(
        (await db.query(`select count(*) from calendar_year_replica where company_id = 'RACE'`)).rows[0]
          .count,
      );
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    try {
      // A: a clock being computed, its calendar read before the change (no holidays yet) and not committed.
      let readByA: boolean | undefined;
      const a = (orm.em.fork() as EntityManager).transactional(async (tx) => {
        readByA = (await calendars.forCompany(tx as EntityManager, 'RACE')).isWorkingDay('2027-10-01');
        await held;
      });
      await eventually(async () => expect(readByA).toBe(true), 10_000, 20);
      // The change arrives: its consumer waits for A before it commits and recomputes.
      await fixture.bus.publishEvent(
        CalendarUpdated,
        ResidentsBus,
        calendarUpdated('RACE', 2027, 1, ['2027-10-01', '2027-10-02'], []),
      );
      await eventually(async () => expect(await waitingForLock()).toBe(1), 15_000, 20);
      // B: a clock computed now waits for the change, and reads the new calendar.
      let readByB: boolean | undefined;
      const b = calendars
        .forCompany(orm.em.fork() as EntityManager, 'RACE')
        .then((calendar) => (readByB = calendar.isWorkingDay('2027-10-01')));
      await eventually(async () => expect(await waitingForLock()).toBe(2), 15_000, 20);
      expect({ readByB, replicated: await replicated() }).toEqual({ readByB: undefined, replicated: 0 });
      release();
      await a;
      await b;
      expect({ readByB, replicated: await replicated() }).toEqual({ readByB: false, replicated: 1 });
    } finally {
      release();
      await db.end();
    }
  });
});
