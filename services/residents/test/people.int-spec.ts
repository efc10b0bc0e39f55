import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  GetContactPreferences,
  GetPerson,
  RegisterPerson,
  ResidentsBus,
  SearchPeople,
  SetContactPreferences,
  UpdatePerson,
  type CloudEvent,
  type PersonView,
} from '@pcs/contracts';
import { eventually, staff, useService } from '@pcs/testing';
import { residentsService } from '../src/residents.service-spec.js';
import { failedFields, personPayload } from './support/registry-payloads.js';
import { Seed } from './support/seed.js';

describe('RES-2 people and RES-7 preferences over the bus', () => {
  const fixture = useService(residentsService);
  let seed: Seed;
  const frontDesk = staff();

  beforeAll(async () => {
    seed = new Seed(fixture.service.database.url);
    await seed.community('GZ01', '锦绣花园');
    await seed.community('GZ02', '天河商务大厦');
  });

  afterAll(async () => {
    await seed?.close();
  });

  async function eventsAbout(subject: string, type: string): Promise<CloudEvent[]> {
    const events = await fixture.bus.events(ResidentsBus.stream);
    return events.filter((e) => e.subject === subject && e.type === type);
  }

  it('RES-2: registers a person, masked, archived with masked numbers, and publishes person.registered without them', async () => {
    const person = await fixture.bus.request<object, PersonView>(
      RegisterPerson,
      personPayload('GZ01', { notes: '业主委员会成员' }),
      frontDesk,
    );
    expect(person).toEqual({
      id: expect.any(String),
      companyId: 'HRX',
      communityId: 'GZ01',
      name: '王建国',
      phone: '138****1234',
      idDocumentType: 'resident-id-card',
      idDocumentTypeLabel: '居民身份证',
      idNumber: '4401**********2417',
      notes: '业主委员会成员',
      preferences: { refuseReturnVisits: false, preferredChannel: 'phone', preferredChannelLabel: '电话' },
      occupancies: [],
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const { rows } = await seed.query(
      `select action, actor_id, changes from record_history where record_id = $1`,
      [person.id],
    );
    expect(rows).toEqual([
      {
        action: 'registered',
        actor_id: 'staff-0001',
        changes: expect.objectContaining({ phone: '138****1234', idNumber: '4401**********2417' }),
      },
    ]);
    const [event] = await eventually(async () => {
      const found = await eventsAbout(person.id, 'person.registered.v1');
      expect(found).toHaveLength(1);
      return found;
    });
    expect(event!.data).toEqual({
      personId: person.id,
      name: '王建国',
      preferences: { refuseReturnVisits: false, preferredChannel: 'phone' },
    });
    expect(JSON.stringify(event)).not.toContain('13802251234');
    expect(JSON.stringify(event)).not.toContain('440108198803152417');
  });

  it('RES-2: an update changes only the given fields, needs a reason, and person.updated names what changed', async () => {
    const id = await seed.person({ name: '陈晓红', phone: '13926781234' });
    const missingReason = await fixture.bus.rawRequest(
      UpdatePerson.subject,
      JSON.stringify({ id, phone: '13926785678' }),
      frontDesk,
    );
    expect(failedFields(missingReason)).toEqual(['reason']);

    const updated = await fixture.bus.request(
      UpdatePerson,
      { id, name: '陈晓红', phone: '13926785678', notes: '养有一只金毛犬', reason: '业主来电更换手机号' },
      frontDesk,
    );
    expect(updated).toMatchObject({
      name: '陈晓红',
      phone: '139****5678',
      idDocumentType: 'resident-id-card',
      idNumber: '4401**********2417',
      notes: '养有一只金毛犬',
    });
    const { rows } = await seed.query(
      `select action, reason, changes from record_history where record_id = $1 and action = 'updated'`,
      [id],
    );
    expect(rows).toEqual([
      {
        action: 'updated',
        reason: '业主来电更换手机号',
        changes: {
          phone: { from: '139****1234', to: '139****5678' },
          notes: { from: null, to: '养有一只金毛犬' },
        },
      },
    ]);
    const [event] = await eventually(async () => {
      const found = await eventsAbout(id, 'person.updated.v1');
      expect(found).toHaveLength(1);
      return found;
    });
    expect(event!.data).toEqual({
      personId: id,
      name: '陈晓红',
      changedFields: ['phone', 'notes'],
      preferences: { refuseReturnVisits: false, preferredChannel: 'phone' },
      reason: '业主来电更换手机号',
    });
    expect(JSON.stringify(event)).not.toContain('13926785678');

    // Giving the values it already has changes nothing: no archive entry, no event.
    await fixture.bus.request(UpdatePerson, { id, phone: '13926785678', reason: '核对号码' }, frontDesk);
    const { rows: after } = await seed.query(
      `select count(*)::int as n from record_history where record_id = $1`,
      [id],
    );
    expect(after[0]!.n).toBe(1);
    const { rows: raw } = await seed.query(`select phone, version from person where id = $1`, [id]);
    expect(raw).toEqual([{ phone: '13926785678', version: 2 }]);
  });

  it('RES-2: a person shows every occupancy, current and ended, with the unit label', async () => {
    const person = await seed.person({ name: '李明', phone: '13512345678' });
    const current = await seed.unit({ number: '0801' });
    const former = await seed.unit({ number: '0302' });
    await seed.occupancy(current, person, 'owner', { startDate: '2026-03-01' });
    const ended = await seed.occupancy(former, person, 'tenant', { startDate: '2024-03-01' });
    await seed.query(`update occupancy set end_date = '2026-02-28', end_reason = '租约到期' where id = $1`, [
      ended,
    ]);
    const view = await fixture.bus.request(GetPerson, { id: person }, frontDesk);
    expect(view.occupancies).toEqual([
      {
        occupancyId: ended,
        unitId: former,
        unitLabel: '3栋0302',
        role: 'tenant',
        roleLabel: '租户',
        startDate: '2024-03-01',
        endDate: '2026-02-28',
      },
      {
        occupancyId: expect.any(String),
        unitId: current,
        unitLabel: '3栋0801',
        role: 'owner',
        roleLabel: '业主',
        startDate: '2026-03-01',
      },
    ]);
  });

  it('GEN-4: people are found by name prefix, full phone or unit, never without one, and the results are masked', async () => {
    const wang = await seed.person({ communityId: 'GZ02', name: '王芳', phone: '13600001111' });
    const wangJun = await seed.person({ communityId: 'GZ02', name: '王俊', phone: '13600002222' });
    await seed.person({ communityId: 'GZ02', name: '汪洋', phone: '13600003333' });
    const tenant = await seed.person({ communityId: 'GZ02', name: '黄磊', phone: '13600004444' });
    const unit = await seed.unit({ communityId: 'GZ02', number: '2001' });
    await seed.occupancy(unit, wang, 'owner', { communityId: 'GZ02' });
    await seed.occupancy(unit, tenant, 'tenant', { communityId: 'GZ02' });
    const gz02 = staff({ communities: ['GZ02'] });

    // Seeded ids are random, so results are compared as sets; the bus creates time-ordered ids.
    const sorted = (ids: string[]): string[] => [...ids].sort();
    const byName = await fixture.bus.request(SearchPeople, { name: '王' }, gz02);
    expect(byName.items.map((p) => `${p.name} ${p.phone}`).sort()).toEqual(
      ['王芳 136****1111', '王俊 136****2222'].sort(),
    );
    expect(byName.items.find((p) => p.id === wang)!.occupancies).toEqual([
      expect.objectContaining({ unitLabel: '3栋2001', role: 'owner' }),
    ]);
    expect(
      (await fixture.bus.request(SearchPeople, { phone: '13600002222' }, gz02)).items.map((p) => p.id),
    ).toEqual([wangJun]);
    expect(
      sorted((await fixture.bus.request(SearchPeople, { unitId: unit }, gz02)).items.map((p) => p.id)),
    ).toEqual(sorted([wang, tenant]));
    expect(
      (await fixture.bus.request(SearchPeople, { unitId: unit, name: '黄' }, gz02)).items.map((p) => p.id),
    ).toEqual([tenant]);
    expect((await fixture.bus.request(SearchPeople, { name: '%' }, gz02)).items).toEqual([]);
    expect((await fixture.bus.request(SearchPeople, { name: '_' }, gz02)).items).toEqual([]);

    const page = await fixture.bus.request(SearchPeople, { name: '王', limit: 1 }, gz02);
    expect(page.items).toHaveLength(1);
    const next = await fixture.bus.request(
      SearchPeople,
      { name: '王', limit: 1, cursor: page.nextCursor },
      gz02,
    );
    expect(sorted([...page.items, ...next.items].map((p) => p.id))).toEqual(sorted([wang, wangJun]));
    expect(next.nextCursor).toBeUndefined();

    expect(failedFields(await fixture.bus.rawRequest(SearchPeople.subject, '{}', gz02))).toEqual(['name']);
    expect(
      failedFields(
        await fixture.bus.rawRequest(SearchPeople.subject, JSON.stringify({ communityId: 'GZ02' }), gz02),
      ),
    ).toEqual(['name']);
    expect(
      failedFields(
        await fixture.bus.rawRequest(SearchPeople.subject, JSON.stringify({ phone: '1360000' }), gz02),
      ),
    ).toEqual(['phone']);
  });

  it('RES-7: a preference records why, trimmed, shown with the preferences and archived; a blank why is refused', async () => {
    const id = await seed.person({ name: '黎明', phone: '13811113333' });
    const view = await fixture.bus.request<object, { reason?: string }>(
      SetContactPreferences,
      { personId: id, refuseReturnVisits: true, preferredChannel: 'sms', reason: ' 业主来电表示不希望回访 ' },
      frontDesk,
    );
    expect(view.reason).toBe('业主来电表示不希望回访');
    const service = staff({ sub: 'service:complaints', name: 'complaints', roles: [], communities: ['*'] });
    expect(await fixture.bus.request(GetContactPreferences, { personId: id }, service)).toMatchObject({
      reason: '业主来电表示不希望回访',
    });
    const blank = await fixture.bus.rawRequest(
      SetContactPreferences.subject,
      JSON.stringify({ personId: id, refuseReturnVisits: false, preferredChannel: 'phone', reason: '  ' }),
      frontDesk,
    );
    expect(failedFields(blank)).toEqual(['reason']);
  });

  it('RES-7: preferences are set, archived and published in person.updated, and read by other services', async () => {
    const id = await seed.person({ name: '张秀英', phone: '13811112222' });
    const view = await fixture.bus.request(
      SetContactPreferences,
      { personId: id, refuseReturnVisits: true, preferredChannel: 'sms' },
      frontDesk,
    );
    expect(view).toEqual({
      personId: id,
      refuseReturnVisits: true,
      preferredChannel: 'sms',
      preferredChannelLabel: '短信',
    });
    const service = staff({ sub: 'service:complaints', name: 'complaints', roles: [], communities: ['*'] });
    expect(await fixture.bus.request(GetContactPreferences, { personId: id }, service)).toEqual(view);
    expect((await fixture.bus.request(GetPerson, { id }, frontDesk)).preferences).toEqual({
      refuseReturnVisits: true,
      preferredChannel: 'sms',
      preferredChannelLabel: '短信',
    });
    // The same preferences again are not a change.
    await fixture.bus.request(
      SetContactPreferences,
      { personId: id, refuseReturnVisits: true, preferredChannel: 'sms' },
      frontDesk,
    );
    const { rows } = await seed.query(`select action, changes from record_history where record_id = $1`, [
      id,
    ]);
    expect(rows).toEqual([
      {
        action: 'preferences-changed',
        changes: {
          refuseReturnVisits: { from: false, to: true },
          preferredChannel: { from: 'phone', to: 'sms' },
        },
      },
    ]);
    const events = await eventually(async () => {
      const found = await eventsAbout(id, 'person.updated.v1');
      expect(found).toHaveLength(1);
      return found;
    });
    expect(events[0]!.data).toEqual({
      personId: id,
      name: '张秀英',
      changedFields: ['refuseReturnVisits', 'preferredChannel'],
      preferences: { refuseReturnVisits: true, preferredChannel: 'sms' },
    });
    expect(
      failedFields(
        await fixture.bus.rawRequest(
          SetContactPreferences.subject,
          JSON.stringify({ personId: id, refuseReturnVisits: 'yes', preferredChannel: 'wechat' }),
          frontDesk,
        ),
      ),
    ).toEqual(['preferredChannel', 'refuseReturnVisits']);
  });

  it('bad input is refused with the fields named and changes nothing', async () => {
    const before = await seed.query<{ n: number }>('select count(*)::int as n from person');
    const cases: [Record<string, unknown>, string[]][] = [
      [{ communityId: 'GZ01' }, ['name', 'phone']],
      [personPayload('GZ01', { phone: '1380225', name: '' }), ['name', 'phone']],
      [personPayload('GZ01', { name: '王'.repeat(51), notes: '备'.repeat(501) }), ['name', 'notes']],
      [
        personPayload('GZ01', { idDocument: { type: 'driving-licence', number: '4401' + '!'.repeat(14) } }),
        ['idDocument.number', 'idDocument.type'],
      ],
      [
        personPayload('GZ01', { preferences: { refuseReturnVisits: 1, preferredChannel: 'phone' } }),
        ['preferences.refuseReturnVisits'],
      ],
      [personPayload('GZ01', { wechat: 'wjg1988' }), ['wechat']],
      [personPayload('gz01'), ['communityId']],
    ];
    for (const [body, fields] of cases) {
      const reply = await fixture.bus.rawRequest(RegisterPerson.subject, JSON.stringify(body), frontDesk);
      expect({ body, fields: failedFields(reply) }).toEqual({ body, fields });
    }
    const id = await seed.person();
    const update = await fixture.bus.rawRequest(
      UpdatePerson.subject,
      JSON.stringify({ id, phone: 'abc', reason: 'x'.repeat(201) }),
      frontDesk,
    );
    expect(failedFields(update)).toEqual(['phone', 'reason']);
    const after = await seed.query<{ n: number }>('select count(*)::int as n from person');
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n + 1);
    const { rows } = await seed.query(`select phone, version from person where id = $1`, [id]);
    expect(rows).toEqual([{ phone: '13802251234', version: 1 }]);
  });

  it('a retried registration with the same Idempotency-Key registers one person', async () => {
    const body = personPayload('GZ01', { name: '何志明', phone: '13700137000' });
    const replies = await Promise.all(
      Array.from({ length: 4 }, () =>
        fixture.bus.request(RegisterPerson, body, frontDesk, { idempotencyKey: 'register-hzm-1' }),
      ),
    );
    expect(new Set(replies.map((r) => JSON.stringify(r))).size).toBe(1);
    const { rows } = await seed.query(`select count(*)::int as n from person where phone = '13700137000'`);
    expect(rows[0]!.n).toBe(1);
  });

  it('GEN-5: another community or company cannot read, search or change a person (404, empty results)', async () => {
    const id = await seed.person({ communityId: 'GZ01', name: '吴国华', phone: '13899990000' });
    const unit = await seed.unit({ communityId: 'GZ01', number: '0909' });
    await seed.occupancy(unit, id, 'owner');
    const outsiders = [
      staff({ communities: ['GZ02'] }),
      staff({ companyId: 'YJWY', roles: ['cs-manager'], communities: ['*'] }),
    ];
    for (const outsider of outsiders) {
      await expect(fixture.bus.request(GetPerson, { id }, outsider)).rejects.toMatchObject({
        code: 'PERSON_NOT_FOUND',
      });
      await expect(
        fixture.bus.request(UpdatePerson, { id, name: '吴某', reason: '试图修改' }, outsider),
      ).rejects.toMatchObject({ code: 'PERSON_NOT_FOUND' });
      await expect(
        fixture.bus.request(
          SetContactPreferences,
          { personId: id, refuseReturnVisits: true, preferredChannel: 'app' },
          outsider,
        ),
      ).rejects.toMatchObject({ code: 'PERSON_NOT_FOUND' });
      await expect(
        fixture.bus.request(GetContactPreferences, { personId: id }, outsider),
      ).rejects.toMatchObject({ code: 'PERSON_NOT_FOUND' });
      await expect(
        fixture.bus.request(RegisterPerson, personPayload('GZ01'), outsider),
      ).rejects.toMatchObject({ code: 'COMMUNITY_NOT_FOUND' });
      await expect(
        fixture.bus.request(SearchPeople, { communityId: 'GZ01', name: '吴' }, outsider),
      ).rejects.toMatchObject({ code: 'COMMUNITY_NOT_FOUND' });
      await expect(fixture.bus.request(SearchPeople, { unitId: unit }, outsider)).rejects.toMatchObject({
        code: 'UNIT_NOT_FOUND',
      });
      expect((await fixture.bus.request(SearchPeople, { phone: '13899990000' }, outsider)).items).toEqual([]);
      expect((await fixture.bus.request(SearchPeople, { name: '吴国华' }, outsider)).items).toEqual([]);
    }
    const { rows } = await seed.query(
      `select name, version, refuse_return_visits from person where id = $1`,
      [id],
    );
    expect(rows).toEqual([{ name: '吴国华', version: 1, refuse_return_visits: false }]);
  });

  it('decision 0234: a resident ID card number is stored with its check character X in capitals, so a lowercase x is no change', async () => {
    const person = await fixture.bus.request<object, PersonView>(
      RegisterPerson,
      personPayload('GZ01', {
        name: '林小雨',
        phone: '13926783003',
        idDocument: { type: 'resident-id-card', number: '44010619900101003x' },
      }),
      frontDesk,
    );
    expect(person.idNumber).toBe('4401**********003X');
    const stored = async () =>
      (await seed.query(`select id_number from person where id = $1`, [person.id])).rows;
    expect(await stored()).toEqual([{ id_number: '44010619900101003X' }]);

    await fixture.bus.request(
      UpdatePerson,
      {
        id: person.id,
        idDocument: { type: 'resident-id-card', number: '44010619900101003x' },
        reason: '核对证件',
      },
      frontDesk,
    );
    expect(await stored()).toEqual([{ id_number: '44010619900101003X' }]);
    const { rows } = await seed.query(`select action from record_history where record_id = $1 order by at`, [
      person.id,
    ]);
    expect(rows).toEqual([{ action: 'registered' }]);
  });
});
