import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Role } from '@pcs/contracts';
import type { HttpResult } from '@pcs/testing';
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
        idDocument: { type: 'resident-id-card', number: '440106197905061234' },
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
});
