import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { RegisterComplaint, type ComplaintView } from '@pcs/contracts';
import { CompanyCalendars } from '@pcs/platform';
import { complaintRegistration, staff, useService } from '@pcs/testing';
import pg from 'pg';
import { complaintsService } from '../src/complaints.service-spec.js';
import { announceCommunities } from './announce-communities.js';

/**
 * Failures inside a command, made real: PostgreSQL itself raises the serialization failure (a trigger
 * with SQLSTATE 40001), and a bug is a TypeError thrown in the middle of the transaction.
 */
describe('a command that fails inside its transaction', () => {
  const fixture = useService(complaintsService);
  // Entries are taken only in communities residents announced (decision 0194).
  beforeAll(() => announceCommunities(fixture, ['GZ01']));
  let db: pg.Pool;

  beforeAll(async () => {
    db = new pg.Pool({ connectionString: fixture.service.database.url, max: 2 });
    db.on('error', () => undefined);
    // Attempts are counted by a sequence: it is not rolled back with the transaction that failed.
    await db.query(`
      create sequence register_attempts;
      create table conflict_plan (fail_first int not null);
      insert into conflict_plan values (0);
      create function conflict_on_register() returns trigger language plpgsql as $$
      begin
        if nextval('register_attempts') <= (select fail_first from conflict_plan) then
          raise exception 'could not serialize access due to read/write dependencies among transactions'
            using errcode = '40001';
        end if;
        return new;
      end $$;
      create trigger conflict_on_register before insert on complaint
        for each row execute function conflict_on_register();`);
  });

  afterEach(async () => {
    jest.restoreAllMocks();
    await db.query(`update conflict_plan set fail_first = 0`);
  });

  afterAll(async () => {
    await db?.end();
  });

  /** The next `n` attempts to insert a complaint fail with a serialization failure; returns a counter. */
  async function failNextAttempts(n: number): Promise<() => Promise<number>> {
    const { rows } = await db.query<{ at: string }>(
      `select case when is_called then last_value else 0 end as at from register_attempts`,
    );
    const before = Number(rows[0]!.at);
    await db.query(`update conflict_plan set fail_first = $1`, [before + n]);
    return async () => {
      const now = await db.query<{ at: string }>(`select last_value as at from register_attempts`);
      return Number(now.rows[0]!.at) - before;
    };
  }

  async function complaintsDescribed(description: string): Promise<number> {
    const { rows } = await db.query<{ n: number }>(
      `select count(*)::int as n from complaint where description = $1`,
      [description],
    );
    return rows[0]!.n;
  }

  it('a serialization failure is retried, and the command then succeeds once', async () => {
    const description = '序列化冲突后重试成功';
    const attempts = await failNextAttempts(2);
    const created = await fixture.bus.request<object, ComplaintView>(
      RegisterComplaint,
      complaintRegistration({ description }),
      staff(),
      { idempotencyKey: 'conflict-retried-0001', timeoutMs: 20_000 },
    );
    expect(created.description).toBe(description);
    expect(await attempts()).toBe(3);
    expect(await complaintsDescribed(description)).toBe(1);
    const { rows } = await db.query<{ n: number }>(
      `select count(*)::int as n from outbox_message where aggregate_id = $1`,
      [created.id],
    );
    expect(rows[0]!.n).toBe(1);
  });

  it('a conflict that outlasts the retries is a 503 with a wait, leaves nothing, and the same key then succeeds once', async () => {
    const description = '冲突持续，稍后重试';
    const body = complaintRegistration({ description });
    const key = { idempotencyKey: 'conflict-exhausted-0001', timeoutMs: 20_000 };
    const attempts = await failNextAttempts(1_000);
    await expect(fixture.bus.request(RegisterComplaint, body, staff(), key)).rejects.toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      details: { retryAfterSeconds: expect.any(Number) },
    });
    expect(await attempts()).toBe(4); // the first run and three retries, then it surfaces
    expect(await complaintsDescribed(description)).toBe(0);

    await db.query(`update conflict_plan set fail_first = 0`);
    const created = await fixture.bus.request<object, ComplaintView>(RegisterComplaint, body, staff(), key);
    const replayed = await fixture.bus.request<object, ComplaintView>(RegisterComplaint, body, staff(), key);
    expect(replayed).toEqual(created);
    expect(await complaintsDescribed(description)).toBe(1);
  });

  it('a bug (a TypeError mid-transaction) stays INTERNAL, is not retried, and leaves nothing behind', async () => {
    const description = '程序缺陷不应被当作暂时故障';
    const body = complaintRegistration({ description });
    const key = { idempotencyKey: 'bug-0001', timeoutMs: 20_000 };
    const calendars = fixture.service.app.get(CompanyCalendars, { strict: false });
    const buggy = jest
      .spyOn(calendars, 'forCompany')
      .mockRejectedValue(new TypeError("Cannot read properties of undefined (reading 'holidays')"));
    await expect(fixture.bus.request(RegisterComplaint, body, staff(), key)).rejects.toMatchObject({
      code: 'INTERNAL',
      message: '系统内部错误',
    });
    expect(buggy).toHaveBeenCalledTimes(1);
    expect(await complaintsDescribed(description)).toBe(0);

    // Fixed: the key was not spent on the failure.
    buggy.mockRestore();
    await fixture.bus.request(RegisterComplaint, body, staff(), key);
    expect(await complaintsDescribed(description)).toBe(1);
  });
});
