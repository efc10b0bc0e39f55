import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GetCalendarYear, ResidentsBus, SetCalendarYear, type CalendarYearView } from '@pcs/contracts';
import { eventually, staff, useService } from '@pcs/testing';
import { residentsService } from '../src/residents.service-spec.js';
import { failedFields } from './support/registry-payloads.js';
import { Seed } from './support/seed.js';

/** China's 2026 public holidays and make-up working days (调休上班日), as the State Council published them. */
const CHINA_2026 = {
  year: 2026,
  holidays: [
    '2026-01-01',
    '2026-01-02',
    '2026-01-03',
    '2026-02-15',
    '2026-02-16',
    '2026-02-17',
    '2026-02-18',
    '2026-02-19',
    '2026-02-20',
    '2026-02-21',
    '2026-02-22',
    '2026-02-23',
    '2026-04-04',
    '2026-04-05',
    '2026-04-06',
    '2026-05-01',
    '2026-05-02',
    '2026-05-03',
    '2026-05-04',
    '2026-05-05',
    '2026-06-19',
    '2026-06-20',
    '2026-06-21',
    '2026-09-25',
    '2026-09-26',
    '2026-09-27',
    '2026-10-01',
    '2026-10-02',
    '2026-10-03',
    '2026-10-04',
    '2026-10-05',
    '2026-10-06',
    '2026-10-07',
  ],
  makeUpWorkdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
};

describe('GEN-1 company calendar data over the bus', () => {
  const fixture = useService(residentsService);
  let seed: Seed;
  const admin = staff({ sub: 'staff-0100', name: '周志强', roles: ['admin'], communities: ['*'] });

  beforeAll(() => {
    seed = new Seed(fixture.service.database.url);
  });

  afterAll(async () => {
    await seed?.close();
  });

  it('GEN-1: a year never maintained answers defined: false, weekends only, version 0', async () => {
    expect(await fixture.bus.request(GetCalendarYear, { year: 2031 }, admin)).toEqual({
      companyId: 'HRX',
      year: 2031,
      defined: false,
      holidays: [],
      makeUpWorkdays: [],
      version: 0,
    });
  });

  it('GEN-1: setting a year stores it sorted, raises the version with every change and publishes calendar.updated', async () => {
    const reversed = { ...CHINA_2026, holidays: [...CHINA_2026.holidays].reverse() };
    const first = await fixture.bus.request<object, CalendarYearView>(SetCalendarYear, reversed, admin);
    expect(first).toEqual({
      companyId: 'HRX',
      year: 2026,
      defined: true,
      holidays: CHINA_2026.holidays,
      makeUpWorkdays: CHINA_2026.makeUpWorkdays,
      version: 1,
      updatedAt: expect.any(String),
    });
    expect(await fixture.bus.request(GetCalendarYear, { year: 2026 }, staff())).toEqual(first);

    // The same days in another order are no change.
    expect(await fixture.bus.request(SetCalendarYear, CHINA_2026, admin)).toEqual(first);

    const amended = { ...CHINA_2026, holidays: [...CHINA_2026.holidays, '2026-12-31'] };
    const second = await fixture.bus.request<object, CalendarYearView>(SetCalendarYear, amended, admin);
    expect(second).toMatchObject({ version: 2, defined: true });
    expect(second.holidays.at(-1)).toBe('2026-12-31');

    const events = await eventually(async () => {
      const found = (await fixture.bus.events(ResidentsBus.stream)).filter(
        (e) => e.type === 'calendar.updated.v1',
      );
      expect(found).toHaveLength(2);
      return found;
    });
    expect(events[0]).toMatchObject({
      companyid: 'HRX',
      actorid: 'staff-0100',
      data: {
        year: 2026,
        holidays: CHINA_2026.holidays,
        makeUpWorkdays: CHINA_2026.makeUpWorkdays,
        version: 1,
        updatedAt: first.updatedAt,
      },
    });
    expect(events[1]!.data).toMatchObject({ version: 2 });
    expect(events[0]).not.toHaveProperty('communityid');

    const { rows } = await seed.query(
      `select version, actor_id, actor_name from calendar_year_revision where year = 2026 order by version`,
    );
    expect(rows).toEqual([
      { version: 1, actor_id: 'staff-0100', actor_name: '周志强' },
      { version: 2, actor_id: 'staff-0100', actor_name: '周志强' },
    ]);
    await expect(seed.query(`update calendar_year_revision set holidays = '[]'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(seed.query(`delete from calendar_year_revision`)).rejects.toThrow(/append-only/);
  });

  it('GEN-5 (decision 0276): a caller assigned to some communities cannot set the company calendar (403)', async () => {
    const manager = staff({ roles: ['cs-manager'], communities: ['GZ01'] });
    await expect(
      fixture.bus.request(
        SetCalendarYear,
        { year: 2031, holidays: ['2031-01-01'], makeUpWorkdays: [] },
        manager,
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await fixture.bus.request(GetCalendarYear, { year: 2031 }, manager)).toMatchObject({
      defined: false,
      version: 0,
    });
  });

  it('GEN-1: an empty year is a maintained year', async () => {
    const set = await fixture.bus.request(
      SetCalendarYear,
      { year: 2030, holidays: [], makeUpWorkdays: [] },
      admin,
    );
    expect(set).toMatchObject({ defined: true, version: 1, holidays: [], makeUpWorkdays: [] });
  });

  it('GEN-1: each company has its own calendar', async () => {
    await fixture.bus.request(
      SetCalendarYear,
      { year: 2027, holidays: ['2027-01-01'], makeUpWorkdays: [] },
      admin,
    );
    const other = staff({ companyId: 'YJWY', roles: ['admin'], communities: ['*'] });
    expect(await fixture.bus.request(GetCalendarYear, { year: 2027 }, other)).toMatchObject({
      companyId: 'YJWY',
      defined: false,
      version: 0,
    });
    const theirs = await fixture.bus.request(
      SetCalendarYear,
      { year: 2027, holidays: ['2027-10-01'], makeUpWorkdays: [] },
      other,
    );
    expect(theirs).toMatchObject({ companyId: 'YJWY', version: 1, holidays: ['2027-10-01'] });
    expect(await fixture.bus.request(GetCalendarYear, { year: 2027 }, admin)).toMatchObject({
      companyId: 'HRX',
      holidays: ['2027-01-01'],
    });
  });

  it('GEN-1: concurrent changes of one year get distinct, consecutive versions', async () => {
    const days = ['2028-01-03', '2028-01-04', '2028-01-05', '2028-01-06', '2028-01-07'];
    const results = await Promise.all(
      days.map((day) =>
        fixture.bus.request<object, CalendarYearView>(
          SetCalendarYear,
          { year: 2028, holidays: [day], makeUpWorkdays: [] },
          admin,
        ),
      ),
    );
    expect(results.map((r) => r.version).sort()).toEqual([1, 2, 3, 4, 5]);
    expect((await fixture.bus.request(GetCalendarYear, { year: 2028 }, admin)).version).toBe(5);
  });

  it('GEN-1: a bad calendar is refused with every problem named (VALIDATION_FAILED) and nothing changes', async () => {
    const before = await fixture.bus.request(GetCalendarYear, { year: 2026 }, admin);
    const cases: [Record<string, unknown>, string[]][] = [
      [
        {
          year: 2026,
          holidays: ['2026-10-01', '2026-10-01', '2025-12-31'],
          makeUpWorkdays: ['2026-10-09', '2026-10-01'],
        },
        ['holidays[1]', 'holidays[2]', 'makeUpWorkdays[0]', 'makeUpWorkdays[1]'],
      ],
      [{ year: 2026, holidays: ['2026-02-30'], makeUpWorkdays: [] }, ['holidays']],
      [{ year: 1999, holidays: 'none', makeUpWorkdays: [] }, ['holidays', 'year']],
      [{ year: 2026, holidays: [] }, ['makeUpWorkdays']],
      [{ year: '2026', holidays: [], makeUpWorkdays: [], region: '广东' }, ['region', 'year']],
    ];
    for (const [body, fields] of cases) {
      const reply = await fixture.bus.rawRequest(SetCalendarYear.subject, JSON.stringify(body), admin);
      expect({ body, fields: failedFields(reply) }).toEqual({ body, fields });
    }
    const weekday = await fixture.bus.rawRequest(
      SetCalendarYear.subject,
      JSON.stringify({ year: 2026, holidays: [], makeUpWorkdays: ['2026-10-09'] }),
      admin,
    );
    expect(weekday).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION_FAILED',
        details: {
          errors: [{ field: 'makeUpWorkdays[0]', message: expect.stringContaining('Saturday or Sunday') }],
        },
      },
    });
    expect(await fixture.bus.request(GetCalendarYear, { year: 2026 }, admin)).toEqual(before);
    expect(
      failedFields(
        await fixture.bus.rawRequest(GetCalendarYear.subject, JSON.stringify({ year: 2101 }), admin),
      ),
    ).toEqual(['year']);
  });

  it('a retried change with the same Idempotency-Key is applied once', async () => {
    const body = { year: 2029, holidays: ['2029-01-01'], makeUpWorkdays: [] };
    const first = await fixture.bus.request(SetCalendarYear, body, admin, {
      idempotencyKey: 'calendar-2029-1',
    });
    const again = await fixture.bus.request(SetCalendarYear, body, admin, {
      idempotencyKey: 'calendar-2029-1',
    });
    expect(again).toEqual(first);
    const { rows } = await seed.query(
      `select count(*)::int as n from calendar_year_revision where year = 2029`,
    );
    expect(rows[0]!.n).toBe(1);
  });
});
