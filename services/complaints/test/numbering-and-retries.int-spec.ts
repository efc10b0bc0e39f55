import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ComplaintsBus, RegisterComplaint, type ComplaintView } from '@pcs/contracts';
import { complaintRegistration, eventually, staff, useService } from '@pcs/testing';
import pg from 'pg';
import { complaintsService } from '../src/complaints.service-spec.js';
import { announceCommunities } from './announce-communities.js';

describe('numbers and retries', () => {
  const fixture = useService(complaintsService);
  // Entries are taken only in communities residents announced (decision 0194).
  beforeAll(() => announceCommunities(fixture, ['GZ01', 'GZ07', 'GZ08', 'GZ09']));
  let db: pg.Pool;

  beforeAll(() => {
    db = new pg.Pool({ connectionString: fixture.service.database.url, max: 2 });
    // The fixture drops the database first at teardown, ending this pool's idle connections.
    db.on('error', () => undefined);
  });

  afterAll(async () => {
    await db?.end();
  });

  /**
   * As a client does: 503 SERVICE_UNAVAILABLE (no pooled connection in time on a loaded machine) is
   * retried. Such a failure commits nothing, so a retry can neither skip nor repeat a number.
   */
  async function register(): Promise<ComplaintView> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await fixture.bus.request<object, ComplaintView>(
          RegisterComplaint,
          complaintRegistration({ communityId: 'GZ07' }),
          staff({ communities: ['GZ07'] }),
          { timeoutMs: 30_000 },
        );
      } catch (error) {
        if (attempt >= 5 || (error as { code?: string }).code !== 'SERVICE_UNAVAILABLE') throw error;
      }
    }
  }

  it('GEN-2: 200 concurrent registrations in one community get 200 distinct, gap-free numbers', async () => {
    const created = await Promise.all(Array.from({ length: 200 }, () => register()));
    const seqs = created.map((c) => Number(/-(\d{6})$/.exec(c.number)?.[1])).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(new Set(created.map((c) => c.number)).size).toBe(200);
  });

  it('GEN-2: numbers run per community and per kind of record', async () => {
    const gz08 = await fixture.bus.request(
      RegisterComplaint,
      complaintRegistration({ communityId: 'GZ08' }),
      staff({ communities: ['*'] }),
    );
    const suggestion = await fixture.bus.request(
      RegisterComplaint,
      complaintRegistration({ communityId: 'GZ08', kind: 'suggestion' }),
      staff({ communities: ['*'] }),
    );
    expect(gz08.number).toMatch(/^TS-GZ08-\d{4}-000001$/);
    expect(suggestion.number).toMatch(/^JY-GZ08-\d{4}-000001$/);
  });

  it('a retry with the same Idempotency-Key and body returns the first response and changes nothing', async () => {
    const body = complaintRegistration({ communityId: 'GZ09', description: '同一个请求重试三次' });
    const actor = staff({ communities: ['GZ09'] });
    const replies = await Promise.all(
      Array.from({ length: 10 }, () =>
        fixture.bus.request<object, ComplaintView>(RegisterComplaint, body, actor, {
          idempotencyKey: 'retry-key-0001',
        }),
      ),
    );
    expect(new Set(replies.map((r) => JSON.stringify(r))).size).toBe(1);
    const later = await fixture.bus.request(RegisterComplaint, body, actor, {
      idempotencyKey: 'retry-key-0001',
    });
    expect(later).toEqual(replies[0]);

    const { rows } = await db.query(`select count(*)::int as n from complaint where community_id = 'GZ09'`);
    expect(rows[0].n).toBe(1);
    const { rows: events } = await db.query(
      `select count(*)::int as n from outbox_message where aggregate_id = $1`,
      [replies[0]!.id],
    );
    expect(events[0].n).toBe(1);
  });

  it('the same Idempotency-Key with a different body is refused and changes nothing', async () => {
    const actor = staff({ communities: ['GZ09'] });
    await fixture.bus.request(RegisterComplaint, complaintRegistration({ communityId: 'GZ09' }), actor, {
      idempotencyKey: 'retry-key-0002',
    });
    await expect(
      fixture.bus.request(
        RegisterComplaint,
        complaintRegistration({ communityId: 'GZ09', demand: '另一个诉求' }),
        actor,
        { idempotencyKey: 'retry-key-0002' },
      ),
    ).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    const { rows } = await db.query(`select count(*)::int as n from complaint where community_id = 'GZ09'`);
    expect(rows[0].n).toBe(2);
  });

  it('GEN-3: the archive is append-only, even for someone with a SQL prompt', async () => {
    const created = await fixture.bus.request(RegisterComplaint, complaintRegistration(), staff());
    const { rows } = await db.query(
      `select action, actor_id, actor_name from record_history where record_type = 'complaint' and record_id = $1`,
      [created.id],
    );
    expect(rows).toEqual([{ action: 'registered', actor_id: 'staff-0001', actor_name: '李娜' }]);
    await expect(
      db.query(`update record_history set reason = 'x' where record_id = $1`, [created.id]),
    ).rejects.toThrow(/append-only/);
    await expect(db.query(`delete from record_history where record_id = $1`, [created.id])).rejects.toThrow(
      /append-only/,
    );
  });

  it('bad input is refused with the fields named and changes nothing', async () => {
    const before = await db.query('select count(*)::int as n from complaint');
    const reply = await fixture.bus.rawRequest(
      RegisterComplaint.subject,
      JSON.stringify({
        ...complaintRegistration(),
        receivedAt: 'yesterday',
        customer: { surname: 'x'.repeat(21), phone: '138' },
        unknown: 1,
      }),
      staff(),
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    if (!reply.ok) {
      expect(reply.error.details?.errors?.map((e) => e.field)).toEqual(
        expect.arrayContaining(['receivedAt', 'customer.surname', 'customer.phone', 'unknown']),
      );
    }
    expect(await fixture.bus.rawRequest(RegisterComplaint.subject, '{not json', staff())).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    });
    const after = await db.query('select count(*)::int as n from complaint');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('refuses commands without an actor', async () => {
    expect(
      await fixture.bus.rawRequest(RegisterComplaint.subject, JSON.stringify(complaintRegistration())),
    ).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });

  it('publishes every registered complaint once', async () => {
    const { rows } = await db.query<{ n: number }>('select count(*)::int as n from complaint');
    await eventually(
      async () => expect(await fixture.bus.events(ComplaintsBus.stream)).toHaveLength(rows[0]!.n),
      20_000,
      200,
    );
  });
});
