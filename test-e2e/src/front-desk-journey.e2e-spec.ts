import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Role } from '@pcs/contracts';
import { eventually, type HttpResult } from '@pcs/testing';
import { Stack } from './stack.js';

/*
 * Issue 12's journey through the gateway, every service a real process: a call comes in from a number
 * as caller ID gives it, the front desk finds the caller and the unit the way people say it, reads the
 * unit's history, and cancels a move-in opened by mistake.
 */
describe('the front desk takes a call (DESK-3, GEN-3, GEN-4, RES-4)', () => {
  let stack: Stack;

  async function call(roles: Role[], method: string, path: string, body?: unknown): Promise<HttpResult> {
    return stack.http(method, path, {
      token: await stack.token({ roles, communities: ['GZ01'] }),
      ...(body === undefined ? {} : { body }),
    });
  }
  function ok(res: HttpResult, status = 200): any {
    expect({ status: res.status, body: res.status === status ? 'ok' : res.json }).toEqual({
      status,
      body: 'ok',
    });
    return res.json;
  }

  beforeAll(async () => {
    stack = await Stack.start();
  });

  afterAll(async () => {
    await stack?.stopAll();
  });

  it('finds the caller by +86 138 0013 8000, the unit by 5号楼0802室, reads its history and cancels a mistaken move-in', async () => {
    // The property and the resident, as the desk registered them earlier.
    ok(
      await call(['cs-manager'], 'POST', '/api/v1/communities', {
        id: 'GZ01',
        name: '锦绣花园',
        kind: 'residential',
        address: { province: '广东省', city: '广州市', district: '天河区', street: '天河路385号' },
      }),
      201,
    );
    const building = ok(
      await call(['cs-manager'], 'POST', '/api/v1/communities/GZ01/buildings', {
        code: '5',
        name: '5栋',
        floorsAboveGround: 18,
      }),
      201,
    );
    const unit = ok(
      await call(['cs-manager'], 'POST', `/api/v1/buildings/${building.id}/units`, {
        number: '0802',
        floor: 8,
        type: 'residence',
        grossAreaCentiM2: 11_230,
      }),
      201,
    );
    const owner = ok(
      await call(['front-desk'], 'POST', '/api/v1/people', {
        communityId: 'GZ01',
        name: '欧阳建华',
        phone: '138-0013-8000',
        idDocument: { type: 'resident-id-card', number: '440101197905061234' },
      }),
      201,
    );
    ok(
      await call(['front-desk'], 'POST', `/api/v1/units/${unit.id}/occupancies`, {
        personId: owner.id,
        role: 'owner',
        startDate: '2026-10-01',
      }),
      201,
    );

    // The call: caller ID shows the number with the country code and spaces.
    const callers = ok(
      await call(['front-desk'], 'GET', `/api/v1/people?phone=${encodeURIComponent('+86 138 0013 8000')}`),
    );
    expect(callers.items).toEqual([
      expect.objectContaining({ id: owner.id, name: '欧阳建华', phone: '138****8000' }),
    ]);
    expect(JSON.stringify(callers)).not.toContain('13800138000');
    // The caller who gives only the last four digits is found too.
    const byTail = ok(await call(['front-desk'], 'GET', '/api/v1/people?communityId=GZ01&phoneTail=8000'));
    expect(byTail.items.map((p: { id: string }) => p.id)).toContain(owner.id);

    // The unit, as the caller says it.
    const units = ok(
      await call(
        ['front-desk'],
        'GET',
        `/api/v1/units?communityId=GZ01&address=${encodeURIComponent('5号楼0802室')}`,
      ),
    );
    expect(units.items).toEqual([expect.objectContaining({ id: unit.id, label: '5栋0802' })]);

    // A move-in opened for the wrong planned date blocks the unit until it is cancelled.
    const mistaken = ok(
      await call(['front-desk'], 'POST', `/api/v1/units/${unit.id}/move-ins`, {
        ownerPersonIds: [owner.id],
        plannedDate: '2026-12-28',
      }),
      201,
    );
    const blocked = await call(['front-desk'], 'POST', `/api/v1/units/${unit.id}/move-ins`, {
      ownerPersonIds: [owner.id],
      plannedDate: '2026-12-18',
    });
    expect(blocked.status).toBe(422);
    const blank = await call(['front-desk'], 'POST', `/api/v1/move-ins/${mistaken.id}/cancel`, {
      reason: '  ',
    });
    expect(blank.status).toBe(400);
    expect(blank.json.errors).toEqual([expect.objectContaining({ field: 'reason' })]);
    const cancelled = ok(
      await call(['front-desk'], 'POST', `/api/v1/move-ins/${mistaken.id}/cancel`, {
        reason: '入住日期登记错误，业主改约12月18日',
      }),
    );
    expect(cancelled).toMatchObject({ status: 'cancelled', statusLabel: '已取消' });
    const again = await call(['front-desk'], 'POST', `/api/v1/move-ins/${mistaken.id}/cancel`, {
      reason: '重复',
    });
    expect(again.status).toBe(409);
    ok(
      await call(['front-desk'], 'POST', `/api/v1/units/${unit.id}/move-ins`, {
        ownerPersonIds: [owner.id],
        plannedDate: '2026-12-18',
      }),
      201,
    );

    // The unit's history tells who did what and why, newest first, numbers masked.
    const history = ok(await call(['front-desk'], 'GET', `/api/v1/units/${unit.id}/history`));
    const summaries = history.items.map((e: { summary: string }) => e.summary);
    expect(summaries).toEqual(expect.arrayContaining(['入住手续 取消', '入住手续 开始', '入住关系 开始']));
    expect(history.items.find((e: { summary: string }) => e.summary === '入住手续 取消')).toMatchObject({
      reason: '入住日期登记错误，业主改约12月18日',
      actorName: expect.any(String),
    });
    expect(JSON.stringify(history)).not.toContain('13800138000');
    const moveIns = ok(await call(['front-desk'], 'GET', `/api/v1/move-ins?unitId=${unit.id}`));
    expect(moveIns.items.map((m: { status: string }) => m.status)).toEqual(['open', 'cancelled']);
  });

  it('DESK-3, CMP-11, CMP-15: the caller card finds the household by the number in four formats, scoped, and starts a register entry', async () => {
    const as = async (claims: { roles: Role[]; communities?: string[]; company?: string }, path: string) =>
      stack.http('GET', path, { token: await stack.token({ communities: ['GZ01'], ...claims }) });
    const card = async (
      phone: string,
      claims: { roles: Role[]; communities?: string[]; company?: string } = { roles: ['front-desk'] },
    ) => ok(await as(claims, `/api/v1/caller-card?phone=${encodeURIComponent(phone)}`));

    const gz02 = async (method: string, path: string, body: unknown) =>
      stack.http(method, path, {
        token: await stack.token({ roles: ['cs-manager'], communities: ['GZ02'] }),
        body,
      });
    // The same number is also a tenant's in another community, which this desk may not see.
    ok(
      await gz02('POST', '/api/v1/communities', {
        id: 'GZ02',
        name: '翠湖苑',
        kind: 'residential',
        address: { province: '广东省', city: '广州市', district: '海珠区', street: '新港中路88号' },
      }),
      201,
    );
    const otherBuilding = ok(
      await gz02('POST', '/api/v1/communities/GZ02/buildings', {
        code: '2',
        name: '2栋',
        floorsAboveGround: 11,
      }),
      201,
    );
    const otherUnit = ok(
      await gz02('POST', `/api/v1/buildings/${otherBuilding.id}/units`, {
        number: '0301',
        floor: 3,
        type: 'residence',
        grossAreaCentiM2: 8_950,
      }),
      201,
    );
    const tenant = ok(
      await gz02('POST', '/api/v1/people', { communityId: 'GZ02', name: '欧阳明', phone: '13800138000' }),
      201,
    );
    ok(
      await gz02('POST', `/api/v1/units/${otherUnit.id}/occupancies`, {
        personId: tenant.id,
        role: 'tenant',
        startDate: '2026-11-01',
      }),
      201,
    );

    // Four ways the number reaches the desk: all find the owner of 5栋0802 and nobody else.
    const formats = ['13800138000', '+86 138 0013 8000', '0086-138-0013-8000', '(138) 0013 8000'];
    const cards = [];
    for (const phone of formats) cards.push(await card(phone));
    for (const found of cards) {
      expect(found.people).toEqual([
        expect.objectContaining({ name: '欧阳建华', phone: '138****8000', communityId: 'GZ01' }),
      ]);
      expect(found.people[0].roles).toEqual([
        expect.objectContaining({ roleLabel: '业主', unitLabel: '5栋0802' }),
      ]);
      expect(found.households).toEqual([
        expect.objectContaining({ unitLabel: '5栋0802', communityId: 'GZ01', openRepairs: [] }),
      ]);
      expect(found.phone).toBe('138****8000');
      expect(JSON.stringify(found)).not.toContain('欧阳明');
      expect(found.unavailable).toEqual([]);
    }
    const [first] = cards;
    const unitId = first.households[0].unitId;
    expect(first.registerEntry).toEqual({
      communityId: 'GZ01',
      channel: 'call',
      customer: { surname: '欧', phone: '13800138000' },
      unitId,
      personId: first.people[0].personId,
    });
    // The exchange reports the call; the desk that takes it sees the same card.
    const exchange = await stack.token({
      roles: ['telephony'],
      communities: ['GZ01'],
      sub: 'pbx',
      name: '交换机',
    });
    const reported = ok(
      await stack.http('POST', '/api/v1/incoming-calls', {
        token: exchange,
        body: {
          communityId: 'GZ01',
          callId: 'pbx-0001',
          callerNumber: '+86 138 0013 8000',
          line: '8001',
          receivedAt: new Date().toISOString(),
        },
      }),
      201,
    );
    expect(reported).toMatchObject({ phone: '138****8000', status: 'ringing' });
    // The exchange's account reads nothing else.
    expect((await stack.http('GET', '/api/v1/communities', { token: exchange })).status).toBe(403);
    const ringing = ok(await as({ roles: ['front-desk'] }, '/api/v1/incoming-calls?status=ringing'));
    expect(ringing.items.map((c: { id: string }) => c.id)).toEqual([reported.id]);
    const answered = ok(
      await stack.http('POST', `/api/v1/incoming-calls/${reported.id}/take`, {
        token: await stack.token({ roles: ['front-desk'], communities: ['GZ01'] }),
      }),
    );
    expect(answered.incomingCall).toMatchObject({
      id: reported.id,
      status: 'taken',
      takenBy: { name: '李娜' },
    });
    expect(answered.people).toEqual([expect.objectContaining({ name: '欧阳建华' })]);
    expect(JSON.stringify(answered.people)).not.toContain('13800138000');

    // Another company's desk learns nothing from the number.
    const stranger = await card('13800138000', {
      roles: ['front-desk'],
      company: 'YJWY',
      communities: ['*'],
    });
    expect(stranger).toMatchObject({ people: [], households: [], openEntries: [], recentContacts: [] });

    // One action: the card's entry, completed with what the caller says, is registered as it stands.
    const water = {
      category: 'engineering-quality',
      description: '家里没水了，楼上邻居也没水',
      demand: '尽快恢复供水',
      intent: 'solve-problem',
    };
    for (const receivedAt of [
      '2026-12-01T09:00:00+08:00',
      '2026-12-01T09:05:00+08:00',
      '2026-12-01T09:10:00+08:00',
    ]) {
      ok(
        await call(['front-desk'], 'POST', '/api/v1/complaints', {
          ...first.registerEntry,
          ...water,
          receivedAt,
        }),
        201,
      );
    }
    // The third in a week about one building raised a warning; the desk turns it into an incident.
    const warnings = ok(
      await call(['front-desk'], 'GET', '/api/v1/early-warnings?communityId=GZ01&status=open'),
    );
    expect(warnings.items).toEqual([
      expect.objectContaining({
        category: 'engineering-quality',
        categoryLabel: '工程质量',
        complaintCount: 3,
      }),
    ]);
    const incident = ok(
      await call(['front-desk'], 'POST', `/api/v1/early-warnings/${warnings.items[0].id}/incident`, {
        cause: 'water-cut',
        title: '5栋停水',
        description: '5栋二次供水水泵故障',
        notice: '5栋住户：因水泵故障暂停供水，预计今日15时恢复。',
      }),
      201,
    );
    expect(incident).toMatchObject({ causeLabel: '停水', complaintCount: 3, householdCount: 1 });

    // The next call from that number sees the incident, the open entries and the flag.
    const next = await card('+86 138 0013 8000');
    expect(next.incidents).toEqual([expect.objectContaining({ id: incident.id, title: '5栋停水' })]);
    expect(next.openEntries).toHaveLength(3);
    expect(next.flags).toEqual([expect.objectContaining({ code: 'repeat-complainant', label: '多次投诉' })]);
    expect(next.households[0].buildingId).toBeDefined();

    // Closing the incident resolves its complaints; the card then shows none open.
    ok(
      await call(['cs-supervisor'], 'POST', `/api/v1/incidents/${incident.id}/close`, {
        measures: '更换水泵',
        result: '15时恢复供水',
      }),
    );
    await eventually(async () => {
      const after = await card('13800138000');
      expect(after.openEntries).toEqual([]);
      expect(after.incidents).toEqual([]);
    });
  });
});
