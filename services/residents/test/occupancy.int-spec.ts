import { describe, expect, it } from '@jest/globals';
import {
  EndOccupancy,
  GetPerson,
  GetUnit,
  ResidentsBus,
  StartOccupancy,
  type OccupancyView,
} from '@pcs/contracts';
import { eventually, staff, useService, type BillingAnswers } from '@pcs/testing';
import { residentsService } from '../src/residents.service-spec.js';
import { useSeedAndStubBilling } from './support/procedure-fixtures.js';
import { failedFields } from './support/registry-payloads.js';
import type { Seed } from './support/seed.js';

describe('RES-2 occupancy over the bus', () => {
  const fixture = useService(residentsService);
  let seed: Seed;
  let billing: BillingAnswers;
  const frontDesk = staff();
  useSeedAndStubBilling(
    fixture,
    { GZ01: '锦绣花园', GZ02: '天河商务大厦' },
    (ready) => ({ seed, billing } = ready),
  );

  it("RES-6: an owner's or tenant's occupancy ends only when billing reports the unit clear, like a move-out", async () => {
    const unit = await seed.unit({ number: '3301', status: 'occupied' });
    const owner = await seed.person({ name: '马云飞', phone: '13522334455' });
    const member = await seed.person({ name: '马小雨', phone: '13522334466' });
    const ownership = await seed.occupancy(unit, owner, 'owner');
    const household = await seed.occupancy(unit, member, 'household-member');
    billing.owes(unit, [
      { kind: 'bill', number: 'ZD-GZ01-2026-000088', description: '2026年11月物业服务费', amountFen: 35_800 },
    ]);
    await expect(
      fixture.bus.request(
        EndOccupancy,
        { id: ownership, endDate: '2026-12-31', reason: '房屋出售' },
        frontDesk,
      ),
    ).rejects.toMatchObject({
      code: 'MOVE_OUT_BLOCKED_BY_ARREARS',
      details: {
        totalOwedFen: 35_800,
        openItems: [expect.objectContaining({ number: 'ZD-GZ01-2026-000088' })],
      },
    });
    const { rows } = await seed.query<{ end_date: string | null }>(
      'select end_date from occupancy where id = $1',
      [ownership],
    );
    expect(rows[0]!.end_date).toBeNull();
    // A household member owes nothing of their own: billing is not asked.
    const asked = billing.clearanceCalls.length;
    await fixture.bus.request(
      EndOccupancy,
      { id: household, endDate: '2026-12-31', reason: '搬离' },
      frontDesk,
    );
    expect(billing.clearanceCalls.length).toBe(asked);
    billing.clear(unit);
    const ended = await fixture.bus.request<object, OccupancyView>(
      EndOccupancy,
      { id: ownership, endDate: '2026-12-31', reason: '房屋出售' },
      frontDesk,
    );
    expect(ended.endDate).toBe('2026-12-31');
  });

  async function unitStatus(unitId: string): Promise<{ status: string; version: number }> {
    const { rows } = await seed.query<{ status: string; version: number }>(
      'select status, version from unit where id = $1',
      [unitId],
    );
    return rows[0]!;
  }

  it('RES-2: links an owner and a tenant, archives and publishes it, and leaves the unit status alone', async () => {
    const unit = await seed.unit({ number: '1201' });
    const owner = await seed.person({ name: '王建国' });
    const tenant = await seed.person({ name: '刘洋', phone: '13711223344' });
    const started = await fixture.bus.request<object, OccupancyView>(
      StartOccupancy,
      { unitId: unit, personId: owner, role: 'owner', startDate: '2026-07-01' },
      frontDesk,
    );
    expect(started).toEqual({
      id: expect.any(String),
      communityId: 'GZ01',
      unitId: unit,
      personId: owner,
      personName: '王建国',
      role: 'owner',
      roleLabel: '业主',
      startDate: '2026-07-01',
      paysFees: false,
      createdAt: expect.any(String),
      version: 1,
    });
    // BIL-2, decision 0244: this lease puts the unit's fees on the tenant.
    const lease = await fixture.bus.request<object, OccupancyView>(
      StartOccupancy,
      { unitId: unit, personId: tenant, role: 'tenant', startDate: '2026-08-15', paysFees: true },
      frontDesk,
    );
    expect(lease.paysFees).toBe(true);
    expect(await unitStatus(unit)).toEqual({ status: 'vacant', version: 1 });
    expect(
      (await fixture.bus.request(GetUnit, { id: unit }, frontDesk)).occupants?.map((o) => [
        o.name,
        o.paysFees,
      ]),
    ).toEqual([
      ['王建国', undefined],
      ['刘洋', true],
    ]);

    const { rows } = await seed.query(
      `select action, actor_name, changes from record_history where record_id = $1`,
      [started.id],
    );
    expect(rows).toEqual([
      {
        action: 'started',
        actor_name: '李娜',
        changes: {
          unitId: unit,
          unitLabel: expect.stringMatching(/1201$/),
          personId: owner,
          role: 'owner',
          startDate: '2026-07-01',
        },
      },
    ]);
    await eventually(async () => {
      const events = await fixture.bus.events(ResidentsBus.stream);
      expect(events.find((e) => e.subject === started.id)).toMatchObject({
        type: 'occupancy.started.v1',
        communityid: 'GZ01',
        data: {
          occupancyId: started.id,
          unitId: unit,
          personId: owner,
          role: 'owner',
          startDate: '2026-07-01',
        },
      });
      expect(events.find((e) => e.subject === lease.id)?.data).toMatchObject({
        role: 'tenant',
        paysFees: true,
      });
    });
  });

  it('RES-2: asCoOwner is for owners only; for anyone else it is 400 naming asCoOwner and nothing starts (decision 342)', async () => {
    const unit = await seed.unit({ number: '1503' });
    const member = await seed.person({ name: '张小明', phone: '13922330000' });
    for (const role of ['tenant', 'household-member', 'emergency-contact']) {
      await expect(
        fixture.bus.request(
          StartOccupancy,
          { unitId: unit, personId: member, role, startDate: '2026-07-01', asCoOwner: true },
          frontDesk,
        ),
      ).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { errors: [expect.objectContaining({ field: 'asCoOwner' })] },
      });
    }
    const { rows } = await seed.query(`select count(*)::int as n from occupancy where unit_id = $1`, [unit]);
    expect(rows[0]!['n']).toBe(0);
  });

  it('RES-2: a unit has one current set of owners; another owner needs asCoOwner (OWNER_ALREADY_REGISTERED)', async () => {
    const unit = await seed.unit({ number: '1502' });
    const husband = await seed.person({ name: '张伟' });
    const wife = await seed.person({ name: '李秀兰', phone: '13922334455' });
    const buyer = await seed.person({ name: '赵刚', phone: '13533445566' });
    await fixture.bus.request(
      StartOccupancy,
      { unitId: unit, personId: husband, role: 'owner', startDate: '2026-07-01' },
      frontDesk,
    );
    await expect(
      fixture.bus.request(
        StartOccupancy,
        { unitId: unit, personId: wife, role: 'owner', startDate: '2026-07-01' },
        frontDesk,
      ),
    ).rejects.toMatchObject({ code: 'OWNER_ALREADY_REGISTERED' });
    await expect(
      fixture.bus.request(
        StartOccupancy,
        { unitId: unit, personId: wife, role: 'owner', startDate: '2026-07-01', asCoOwner: false },
        frontDesk,
      ),
    ).rejects.toMatchObject({ code: 'OWNER_ALREADY_REGISTERED' });
    const coOwner = await fixture.bus.request<object, OccupancyView>(
      StartOccupancy,
      { unitId: unit, personId: wife, role: 'owner', startDate: '2026-07-01', asCoOwner: true },
      frontDesk,
    );
    expect(coOwner.role).toBe('owner');
    await expect(
      fixture.bus.request(
        StartOccupancy,
        { unitId: unit, personId: husband, role: 'owner', startDate: '2026-09-01', asCoOwner: true },
        frontDesk,
      ),
    ).rejects.toMatchObject({ code: 'BUSINESS_RULE_VIOLATED' });

    // A sale: the old owners' occupancies end first; a new owner starting before that end is still refused.
    const owners = await seed.query<{ id: string }>(
      `select id from occupancy where unit_id = $1 and role = 'owner'`,
      [unit],
    );
    for (const { id } of owners.rows) {
      await fixture.bus.request(
        EndOccupancy,
        { id, endDate: '2026-11-30', reason: '房屋出售，办理过户' },
        frontDesk,
      );
    }
    await expect(
      fixture.bus.request(
        StartOccupancy,
        { unitId: unit, personId: buyer, role: 'owner', startDate: '2026-11-15' },
        frontDesk,
      ),
    ).rejects.toMatchObject({ code: 'OWNER_ALREADY_REGISTERED' });
    const bought = await fixture.bus.request<object, OccupancyView>(
      StartOccupancy,
      { unitId: unit, personId: buyer, role: 'owner', startDate: '2026-12-01' },
      frontDesk,
    );
    expect(bought.personName).toBe('赵刚');
  });

  it('RES-2: concurrent "first owners" of one unit: exactly one gets in', async () => {
    const unit = await seed.unit({ number: '0707' });
    const people = await Promise.all(
      ['钱一', '钱二', '钱三', '钱四', '钱五'].map((name, i) =>
        seed.person({ name, phone: `1370000000${i}` }),
      ),
    );
    const results = await Promise.allSettled(
      people.map((personId) =>
        fixture.bus.request(
          StartOccupancy,
          { unitId: unit, personId, role: 'owner', startDate: '2026-07-01' },
          frontDesk,
        ),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const { rows } = await seed.query(`select count(*)::int as n from occupancy where unit_id = $1`, [unit]);
    expect(rows[0]!.n).toBe(1);
  });

  it('RES-2: person and unit must be of the same community; unknown ones are not found', async () => {
    const unit = await seed.unit({ number: '0808' });
    const elsewhere = await seed.person({ communityId: 'GZ02', name: '周杰' });
    const admin = staff({ roles: ['admin'], communities: ['*'] });
    await expect(
      fixture.bus.request(
        StartOccupancy,
        { unitId: unit, personId: elsewhere, role: 'tenant', startDate: '2026-07-01' },
        admin,
      ),
    ).rejects.toMatchObject({ code: 'BUSINESS_RULE_VIOLATED' });
    await expect(
      fixture.bus.request(
        StartOccupancy,
        {
          unitId: unit,
          personId: '01900000-0000-7000-8000-000000000001',
          role: 'tenant',
          startDate: '2026-07-01',
        },
        admin,
      ),
    ).rejects.toMatchObject({ code: 'PERSON_NOT_FOUND' });
    await expect(
      fixture.bus.request(
        StartOccupancy,
        {
          unitId: '01900000-0000-7000-8000-000000000002',
          personId: elsewhere,
          role: 'tenant',
          startDate: '2026-07-01',
        },
        admin,
      ),
    ).rejects.toMatchObject({ code: 'UNIT_NOT_FOUND' });
  });

  it('RES-2: an ended occupancy stays in the history; the end is archived and published; the unit status is unchanged', async () => {
    const unit = await seed.unit({ number: '2202', status: 'occupied' });
    const tenant = await seed.person({ name: '孙悦', phone: '13612341234' });
    const started = await fixture.bus.request<object, OccupancyView>(
      StartOccupancy,
      { unitId: unit, personId: tenant, role: 'tenant', startDate: '2025-09-01' },
      frontDesk,
    );
    const before = await seed.query(`select count(*)::int as n from occupancy`);
    const early = await fixture.bus.rawRequest(
      EndOccupancy.subject,
      JSON.stringify({ id: started.id, endDate: '2025-08-31', reason: '租约到期' }),
      frontDesk,
    );
    expect(failedFields(early)).toEqual(['endDate']);

    const ended = await fixture.bus.request(
      EndOccupancy,
      { id: started.id, endDate: '2026-08-31', reason: '租约到期' },
      frontDesk,
    );
    expect(ended).toMatchObject({ endDate: '2026-08-31', endReason: '租约到期', version: 2 });
    const after = await seed.query(`select count(*)::int as n from occupancy`);
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
    expect((await fixture.bus.request(GetPerson, { id: tenant }, frontDesk)).occupancies).toEqual([
      expect.objectContaining({ occupancyId: started.id, startDate: '2025-09-01', endDate: '2026-08-31' }),
    ]);
    expect((await fixture.bus.request(GetUnit, { id: unit }, frontDesk)).occupants).toEqual([]);
    expect(await unitStatus(unit)).toEqual({ status: 'occupied', version: 1 });

    await expect(
      fixture.bus.request(
        EndOccupancy,
        { id: started.id, endDate: '2026-09-30', reason: '再次结束' },
        frontDesk,
      ),
    ).rejects.toMatchObject({ code: 'INVALID_STATE_TRANSITION' });

    const { rows } = await seed.query(
      `select action, reason from record_history where record_id = $1 order by at`,
      [started.id],
    );
    expect(rows).toEqual([
      { action: 'started', reason: null },
      { action: 'ended', reason: '租约到期' },
    ]);
    await eventually(async () => {
      const events = await fixture.bus.events(ResidentsBus.stream);
      expect(events.filter((e) => e.subject === started.id).map((e) => e.type)).toEqual([
        'occupancy.started.v1',
        'occupancy.ended.v1',
      ]);
      expect(events.find((e) => e.type === 'occupancy.ended.v1' && e.subject === started.id)?.data).toEqual({
        occupancyId: started.id,
        unitId: unit,
        personId: tenant,
        role: 'tenant',
        endDate: '2026-08-31',
        reason: '租约到期',
      });
    });
  });

  it('bad input is refused with the fields named and changes nothing', async () => {
    const unit = await seed.unit({ number: '0101' });
    const person = await seed.person();
    const before = await seed.query(`select count(*)::int as n from occupancy`);
    const cases: [string, Record<string, unknown>, string[]][] = [
      [StartOccupancy.subject, { unitId: unit }, ['personId', 'role', 'startDate']],
      [
        StartOccupancy.subject,
        { unitId: unit, personId: person, role: 'landlord', startDate: '2026-13-01' },
        ['role', 'startDate'],
      ],
      [
        StartOccupancy.subject,
        { unitId: 'x', personId: person, role: 'tenant', startDate: '2026-07-01', asCoOwner: 'yes' },
        ['asCoOwner', 'unitId'],
      ],
      [
        StartOccupancy.subject,
        { unitId: unit, personId: person, role: 'tenant', startDate: '2026-07-01', rentFen: 350000 },
        ['rentFen'],
      ],
      [
        StartOccupancy.subject,
        { unitId: unit, personId: person, role: 'tenant', startDate: '2026-07-01', paysFees: 'yes' },
        ['paysFees'],
      ],
      // Decision 0244: only a tenant pays the fees in the owner's place.
      [
        StartOccupancy.subject,
        { unitId: unit, personId: person, role: 'household-member', startDate: '2026-07-01', paysFees: true },
        ['paysFees'],
      ],
      [EndOccupancy.subject, { id: unit, endDate: '2026/07/01', reason: '' }, ['endDate', 'reason']],
      [EndOccupancy.subject, { id: unit, endDate: '2026-07-01', reason: '因'.repeat(201) }, ['reason']],
    ];
    for (const [subject, body, fields] of cases) {
      const reply = await fixture.bus.rawRequest(subject, JSON.stringify(body), frontDesk);
      expect({ body, fields: failedFields(reply) }).toEqual({ body, fields });
    }
    const after = await seed.query(`select count(*)::int as n from occupancy`);
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
  });

  it('a retried start with the same Idempotency-Key creates one occupancy and one event', async () => {
    const unit = await seed.unit({ number: '0303' });
    const person = await seed.person({ name: '高峰' });
    const body = { unitId: unit, personId: person, role: 'household-member', startDate: '2026-07-01' };
    const first = await fixture.bus.request<object, OccupancyView>(StartOccupancy, body, frontDesk, {
      idempotencyKey: 'occ-gf-1',
    });
    const again = await fixture.bus.request(StartOccupancy, body, frontDesk, { idempotencyKey: 'occ-gf-1' });
    expect(again).toEqual(first);
    const { rows } = await seed.query(
      `select count(*)::int as n from outbox_message where aggregate_id = $1`,
      [first.id],
    );
    expect(rows[0]!.n).toBe(1);
  });

  it('GEN-5: another community or company cannot start or end occupancies there (404)', async () => {
    const unit = await seed.unit({ number: '1111' });
    const person = await seed.person({ name: '马丽' });
    const occupancy = await seed.occupancy(unit, person, 'tenant');
    for (const outsider of [
      staff({ communities: ['GZ02'] }),
      staff({ companyId: 'YJWY', communities: ['*'] }),
    ]) {
      await expect(
        fixture.bus.request(
          StartOccupancy,
          { unitId: unit, personId: person, role: 'owner', startDate: '2026-07-01' },
          outsider,
        ),
      ).rejects.toMatchObject({ code: 'UNIT_NOT_FOUND' });
      await expect(
        fixture.bus.request(
          EndOccupancy,
          { id: occupancy, endDate: '2026-10-01', reason: '越权结束' },
          outsider,
        ),
      ).rejects.toMatchObject({ code: 'OCCUPANCY_NOT_FOUND' });
    }
    const { rows } = await seed.query(`select end_date, version from occupancy where id = $1`, [occupancy]);
    expect(rows).toEqual([{ end_date: null, version: 1 }]);
  });
});
