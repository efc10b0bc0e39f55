import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  GetPerson,
  GetUnit,
  ListPersonalDataAccess,
  ListUnits,
  RegisterPerson,
  RevealPerson,
  Role,
  SearchPeople,
  UpdatePerson,
  type Page,
  type PersonalDataAccessView,
  type PersonView,
  type RevealedPersonView,
} from '@pcs/contracts';
import { staff, useService } from '@pcs/testing';
import { residentsService } from '../src/residents.service-spec.js';
import { failedFields, personPayload } from './support/registry-payloads.js';
import { Seed } from './support/seed.js';

const PHONE = '13802251234';
const ID_NUMBER = '440108198803152417';

describe('GEN-4 confidentiality over the bus', () => {
  const fixture = useService(residentsService);
  let seed: Seed;

  beforeAll(async () => {
    seed = new Seed(fixture.service.database.url);
    await seed.community('GZ01', '锦绣花园');
    await seed.community('GZ02', '天河商务大厦');
  });

  afterAll(async () => {
    await seed?.close();
  });

  async function accessLogRows(): Promise<number> {
    const { rows } = await seed.query<{ n: number }>('select count(*)::int as n from personal_data_access');
    return rows[0]!.n;
  }

  it('GEN-4: every role gets phone and ID numbers masked in every person, search and unit response', async () => {
    const unit = await seed.unit({ number: '1201' });
    for (const role of Role.codes) {
      const actor = staff({ sub: `staff-${role}`, roles: [role], communities: ['*'] });
      const registered = await fixture.bus.request<object, PersonView>(
        RegisterPerson,
        personPayload('GZ01', { name: `王建国${Role.label(role)}` }),
        actor,
      );
      await seed.occupancy(unit, registered.id, 'household-member');
      const responses: unknown[] = [
        registered,
        await fixture.bus.request(
          UpdatePerson,
          { id: registered.id, notes: '夜间勿扰', reason: '业主要求' },
          actor,
        ),
        await fixture.bus.request(GetPerson, { id: registered.id }, actor),
        await fixture.bus.request(SearchPeople, { phone: PHONE }, actor),
        await fixture.bus.request(SearchPeople, { name: '王建国' }, actor),
        await fixture.bus.request(SearchPeople, { unitId: unit }, actor),
        await fixture.bus.request(GetUnit, { id: unit }, actor),
        await fixture.bus.request(ListUnits, { communityId: 'GZ01' }, actor),
      ];
      for (const response of responses) {
        const json = JSON.stringify(response);
        expect({ role, leaksPhone: json.includes(PHONE), leaksId: json.includes(ID_NUMBER) }).toEqual({
          role,
          leaksPhone: false,
          leaksId: false,
        });
        expect(json).toContain('138****1234');
      }
      expect(registered.idNumber).toBe('4401**********2417');
    }
    // The archive keeps numbers masked too.
    const { rows } = await seed.query<{ n: number }>(
      `select count(*)::int as n from record_history where changes::text like $1 or changes::text like $2`,
      [`%${PHONE}%`, `%${ID_NUMBER}%`],
    );
    expect(rows[0]!.n).toBe(0);
  });

  it('GEN-4: a reveal shows the numbers in full and logs who, when, which person, which fields and why', async () => {
    const person = await seed.person({ name: '陈晓红', phone: '13926781234' });
    const manager = staff({ sub: 'staff-0300', name: '黄丽萍', roles: ['cs-manager', 'cs-supervisor'] });
    const started = Date.now();
    const revealed = await fixture.bus.request<object, RevealedPersonView>(
      RevealPerson,
      { id: person, reason: '业主报修需电话联系上门时间' },
      manager,
    );
    expect(revealed).toEqual({
      id: person,
      name: '陈晓红',
      phone: '13926781234',
      idDocumentType: 'resident-id-card',
      idDocumentTypeLabel: '居民身份证',
      idNumber: ID_NUMBER,
      accessLogId: expect.any(String),
    });
    const { rows } = await seed.query(
      `select id, community_id, person_id, person_name, actor_id, actor_name, actor_roles, kind, reason, fields, at
         from personal_data_access where person_id = $1`,
      [person],
    );
    expect(rows).toEqual([
      {
        id: revealed.accessLogId,
        community_id: 'GZ01',
        person_id: person,
        person_name: '陈晓红',
        actor_id: 'staff-0300',
        actor_name: '黄丽萍',
        actor_roles: ['cs-manager', 'cs-supervisor'],
        kind: 'reveal',
        reason: '业主报修需电话联系上门时间',
        fields: ['phone', 'idNumber'],
        at: expect.any(Date),
      },
    ]);
    expect((rows[0]!['at'] as Date).getTime()).toBeGreaterThanOrEqual(started - 1000);

    const log = await fixture.bus.request(ListPersonalDataAccess, { personId: person }, manager);
    expect(log.items).toEqual([
      {
        id: revealed.accessLogId,
        communityId: 'GZ01',
        personId: person,
        personName: '陈晓红',
        actorId: 'staff-0300',
        actorName: '黄丽萍',
        actorRoles: ['cs-manager', 'cs-supervisor'],
        kind: 'reveal',
        kindLabel: '查看完整号码',
        reason: '业主报修需电话联系上门时间',
        fields: ['phone', 'idNumber'],
        at: expect.any(String),
      },
    ]);

    const withoutId = await seed.person({ name: '刘伟', phone: '13711112222', idNumber: null });
    const plain = await fixture.bus.request(RevealPerson, { id: withoutId, reason: '核实租户身份' }, manager);
    expect(plain).toEqual({
      id: withoutId,
      name: '刘伟',
      phone: '13711112222',
      accessLogId: expect.any(String),
    });
    expect(
      (await fixture.bus.request(ListPersonalDataAccess, { personId: withoutId }, manager)).items[0]!.fields,
    ).toEqual(['phone']);
  });

  it('GEN-4: every reveal is logged, even a retry with the same Idempotency-Key', async () => {
    const person = await seed.person({ name: '赵敏' });
    const actor = staff({ sub: 'staff-0400', name: '郑海' });
    const first = await fixture.bus.request<object, RevealedPersonView>(
      RevealPerson,
      { id: person, reason: '回访核对电话' },
      actor,
      {
        idempotencyKey: 'reveal-zm-1',
      },
    );
    const second = await fixture.bus.request<object, RevealedPersonView>(
      RevealPerson,
      { id: person, reason: '回访核对电话' },
      actor,
      {
        idempotencyKey: 'reveal-zm-1',
      },
    );
    expect(second.accessLogId).not.toBe(first.accessLogId);
    const { rows } = await seed.query(
      `select count(*)::int as n from personal_data_access where person_id = $1`,
      [person],
    );
    expect(rows[0]!.n).toBe(2);
    const { rows: stored } = await seed.query(
      `select count(*)::int as n from idempotency_record where key = 'reveal-zm-1'`,
    );
    expect(stored[0]!.n).toBe(0);
  });

  it('GEN-4: a reveal needs a reason; without one nothing is shown or logged', async () => {
    const person = await seed.person({ name: '孙丽' });
    const before = await accessLogRows();
    for (const body of [
      { id: person },
      { id: person, reason: '看' },
      { id: person, reason: 7 },
      { id: person, reason: '原'.repeat(201) },
    ]) {
      const reply = await fixture.bus.rawRequest(RevealPerson.subject, JSON.stringify(body), staff());
      expect(reply.ok).toBe(false);
      expect(failedFields(reply)).toEqual(['reason']);
      expect(JSON.stringify(reply)).not.toContain(PHONE);
    }
    expect(await accessLogRows()).toBe(before);
  });

  it('GEN-4: the access log is append-only, even for someone with a SQL prompt', async () => {
    const person = await seed.person({ name: '周杰' });
    const { accessLogId } = await fixture.bus.request<object, RevealedPersonView>(
      RevealPerson,
      { id: person, reason: '核对业主身份证号' },
      staff(),
    );
    await expect(
      seed.query(`update personal_data_access set reason = '无' where id = $1`, [accessLogId]),
    ).rejects.toThrow(/append-only/);
    await expect(seed.query(`delete from personal_data_access where id = $1`, [accessLogId])).rejects.toThrow(
      /append-only/,
    );
    const { rows } = await seed.query(`select reason from personal_data_access where id = $1`, [accessLogId]);
    expect(rows).toEqual([{ reason: '核对业主身份证号' }]);
  });

  it('GEN-4 (decision 0283): every search by a full number is logged, found or not, and 30 distinct numbers a minute is the limit (429)', async () => {
    const desk = staff({ sub: 'staff-0600', name: '吴敏' });
    const owner = await seed.person({ name: '测试业主甲', phone: '13911112222' });
    const search = (phone: string, actor = desk) =>
      fixture.bus.request<object, Page<PersonView>>(SearchPeople, { phone }, actor);
    const misses = Array.from({ length: 29 }, (_, i) => `139${String(1050 + i)}2222`);
    for (const phone of misses) expect((await search(phone)).items).toEqual([]);
    expect((await search('139 1111 2222')).items.map((p) => p.id)).toEqual([owner]);
    // The 31st distinct number in the minute is refused, and its answer not given.
    await expect(search('13911502222')).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      details: { retryAfterSeconds: expect.any(Number), limit: 30 },
    });
    // A number already searched is no new one; another staff member has their own minute.
    expect((await search(misses[0]!)).items).toEqual([]);
    expect((await search('13911502222', staff({ sub: 'staff-0601', name: '郭平' }))).items).toEqual([]);

    const log = await fixture.bus.request<object, Page<PersonalDataAccessView>>(
      ListPersonalDataAccess,
      { actorId: 'staff-0600', limit: 200 },
      staff({ roles: ['auditor'], communities: ['*'] }),
    );
    expect(log.items).toHaveLength(31);
    expect(log.items.every((e) => e.kind === 'phone-lookup' && e.actorName === '吴敏')).toBe(true);
    expect(log.items.filter((e) => e.personId !== undefined)).toEqual([
      expect.objectContaining({
        personId: owner,
        personName: '测试业主甲',
        kindLabel: '按完整号码查找',
        fields: ['phone'],
      }),
    ]);
    const { rows } = await seed.query<{ n: number }>(
      `select count(*)::int as n from personal_data_access a where a::text like '%13911112222%'`,
    );
    expect(rows[0]!.n).toBe(0);
  });

  it('GEN-4: the log is filtered by person, actor, community and time, and paginated', async () => {
    const gz02 = staff({ sub: 'staff-0500', name: '冯静', roles: ['auditor'], communities: ['GZ02'] });
    const other = staff({ sub: 'staff-0501', name: '何勇', communities: ['GZ02'] });
    const person = await seed.person({ communityId: 'GZ02', name: '林涛' });
    const ids: string[] = [];
    for (const [actor, reason] of [
      [gz02, '审计抽查一'],
      [other, '联系业主缴费'],
      [gz02, '审计抽查二'],
    ] as const) {
      ids.push(
        (await fixture.bus.request<object, RevealedPersonView>(RevealPerson, { id: person, reason }, actor))
          .accessLogId,
      );
    }
    const byActor = await fixture.bus.request(ListPersonalDataAccess, { actorId: 'staff-0500' }, gz02);
    expect(byActor.items.map((i) => i.reason)).toEqual(['审计抽查一', '审计抽查二']);
    const byCommunity = await fixture.bus.request(
      ListPersonalDataAccess,
      { communityId: 'GZ02', limit: 2 },
      gz02,
    );
    expect(byCommunity.items.map((i) => i.id)).toEqual(ids.slice(0, 2));
    const rest = await fixture.bus.request(
      ListPersonalDataAccess,
      { communityId: 'GZ02', limit: 2, cursor: byCommunity.nextCursor },
      gz02,
    );
    expect(rest.items.map((i) => i.id)).toEqual(ids.slice(2));
    expect(rest.nextCursor).toBeUndefined();
    const { rows } = await seed.query<{ at: Date }>(`select at from personal_data_access where id = $1`, [
      ids[1],
    ]);
    const at = rows[0]!.at.toISOString();
    expect(
      (await fixture.bus.request(ListPersonalDataAccess, { from: at, to: at }, gz02)).items.map((i) => i.id),
    ).toEqual([ids[1]]);
    expect(
      (await fixture.bus.request(ListPersonalDataAccess, { to: '2000-01-01T00:00:00+08:00' }, gz02)).items,
    ).toEqual([]);
    expect(
      failedFields(
        await fixture.bus.rawRequest(
          ListPersonalDataAccess.subject,
          JSON.stringify({ from: '2026-11-01' }),
          gz02,
        ),
      ),
    ).toEqual(['from']);
  });

  it('GEN-5: another community or company can neither reveal a person nor see the log of their reveals', async () => {
    const person = await seed.person({ communityId: 'GZ01', name: '杨帆' });
    await fixture.bus.request(RevealPerson, { id: person, reason: '联系业主' }, staff());
    const before = await accessLogRows();
    for (const outsider of [
      staff({ roles: ['auditor'], communities: ['GZ02'] }),
      staff({ companyId: 'YJWY', roles: ['auditor'], communities: ['*'] }),
    ]) {
      await expect(
        fixture.bus.request(RevealPerson, { id: person, reason: '越权查看' }, outsider),
      ).rejects.toMatchObject({
        code: 'PERSON_NOT_FOUND',
      });
      await expect(
        fixture.bus.request(ListPersonalDataAccess, { personId: person }, outsider),
      ).rejects.toMatchObject({
        code: 'PERSON_NOT_FOUND',
      });
      await expect(
        fixture.bus.request(ListPersonalDataAccess, { communityId: 'GZ01' }, outsider),
      ).rejects.toMatchObject({
        code: 'COMMUNITY_NOT_FOUND',
      });
      const all = await fixture.bus.request(ListPersonalDataAccess, { limit: 200 }, outsider);
      expect(all.items.filter((i) => i.personId === person)).toEqual([]);
    }
    expect(await accessLogRows()).toBe(before);
  });
});
