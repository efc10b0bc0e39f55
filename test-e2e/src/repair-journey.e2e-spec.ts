import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MaintenanceBus, validatePayload, WorkOrderView, type Role } from '@pcs/contracts';
import { eventually } from '@pcs/testing';
import { Stack } from './stack.js';

/*
 * MNT-1 … MNT-9 through the gateway against the real processes: a repair request from the desk, its
 * survey, a type-C work order approved, dispatched, worked, checked once and failed, checked again,
 * signed off (one work-order.completed with the price-list charge) and settled: the real billing
 * service pays the team from its revolving fund (MNT-13) and charges the paid service once (BIL-7).
 */
describe('a repair from the desk to its settlement, through the gateway', () => {
  let stack: Stack;
  const as = (sub: string, name: string, ...roles: Role[]) => stack.token({ sub, name, roles });

  beforeAll(async () => {
    stack = await Stack.start();
  });

  afterAll(async () => {
    await stack?.stopAll();
  });

  it('MNT-1 … MNT-9: every step by its own role, the history complete, one completion event', async () => {
    const desk = await as('staff-0001', '李娜', 'front-desk');
    const manager = await as('staff-0002', '陈敏', 'cs-manager');
    const engineer = await as('staff-0300', '林海', 'engineer');
    const dispatcher = await as('staff-0400', '周强', 'dispatcher');
    const technician = await as('staff-0601', '李建军', 'technician');
    const lead = await as('staff-0602', '赵刚', 'repair-lead');
    const call = async (token: string, method: string, route: string, body?: unknown, status = 200) => {
      const res = await stack.http(method, route, { token, ...(body === undefined ? {} : { body }) });
      expect({ route, status: res.status, body: res.json }).toMatchObject({ route, status });
      return res.json;
    };

    // Repair requests are taken only in a community residents announced (decision 0210).
    await stack.createCommunity();
    // A paid service is charged to a unit maintenance knows (decision 0273): one residents created.
    const building = await call(
      manager,
      'POST',
      '/api/v1/communities/GZ01/buildings',
      { code: '9', name: '9栋', floorsAboveGround: 18 },
      201,
    );
    const unit = await call(
      manager,
      'POST',
      `/api/v1/buildings/${building.id}/units`,
      { number: '0601', floor: 6, type: 'residence', grossAreaCentiM2: 8_950, handoverDate: '2026-06-30' },
      201,
    );
    await call(manager, 'POST', '/api/v1/paid-service-prices', {
      code: 'faucet-replace',
      name: '更换水龙头',
      unit: '个',
      priceFen: 8_000,
    });
    const request = await call(
      desk,
      'POST',
      '/api/v1/repair-requests',
      {
        communityId: 'GZ01',
        source: 'desk',
        unitId: unit.id,
        trades: ['plumbing'],
        urgency: 'normal',
        description: '厨房水龙头关不紧，一直滴水',
        contactSurname: '刘',
        contactPhone: '13912345678',
      },
      201,
    );
    expect(request).toMatchObject({
      number: expect.stringMatching(/^BX-GZ01-\d{4}-\d{6}$/),
      progress: 'accepted',
    });
    await call(engineer, 'POST', `/api/v1/repair-requests/${request.id}/survey`, {
      surveyedAt: new Date(Date.now() - 60_000).toISOString(),
      participants: [
        { role: 'customer-service', name: '李娜' },
        { role: 'engineering', name: '林海' },
        { role: 'repair-lead', name: '赵刚' },
      ],
      findings: '水龙头阀芯磨损',
      estimateFen: 8_000,
      component: 'plumbing',
      responsibleParty: 'resident',
      warrantyDecision: { underWarranty: false, reason: '住户自购龙头，不属保修' },
    });
    const order = await call(
      dispatcher,
      'POST',
      '/api/v1/work-orders',
      {
        repairRequestId: request.id,
        description: '更换厨房水龙头',
        paidServices: [{ code: 'faucet-replace', quantity: 1 }],
      },
      201,
    );
    expect(validatePayload(WorkOrderView, order, 'strict')).toMatchObject({ ok: true });
    expect(order).toMatchObject({ type: 'c', status: 'awaiting-approval', chargeableFen: 8_000 });
    const path = `/api/v1/work-orders/${order.id}`;
    // MNT-13 (decision 0330): the team is one of the company's directory, added by its chief engineer.
    await stack.addRepairTeam();
    const dispatch = {
      executor: 'team',
      teamId: '0193a000-0000-7000-8000-00000000a001',
      teamName: '工程维修一队',
      technician: { staffId: 'staff-0601', name: '李建军' },
    };
    // MNT-6: no dispatch before the approval; the technician may not approve.
    expect(
      (await stack.http('POST', `${path}/dispatch`, { token: dispatcher, body: dispatch })).json,
    ).toMatchObject({
      status: 422,
      code: 'APPROVAL_REQUIRED',
    });
    expect((await stack.http('POST', `${path}/approve`, { token: technician, body: {} })).status).toBe(403);
    await call(manager, 'POST', `${path}/approve`, { note: '同意' });
    await call(dispatcher, 'POST', `${path}/dispatch`, dispatch);
    const queue = await call(technician, 'GET', '/api/v1/work-orders?mine=true');
    expect(queue.items.map((o: { id: string }) => o.id)).toContain(order.id);
    await call(technician, 'POST', `${path}/arrival`, { arrivedAt: new Date().toISOString() });
    await call(technician, 'POST', `${path}/work`, {
      workDone: '更换水龙头及软管',
      materials: [{ name: '厨房水龙头', quantity: 1, unit: '个', costFen: 5_500 }],
      photos: ['files/e2e/faucet-after.jpg'],
    });
    await call(technician, 'POST', `${path}/finish`, {});
    const failed = await call(desk, 'POST', `${path}/check`, {
      passed: false,
      inspectors: ['李娜', '赵刚'],
      itemsToFix: '软管接口渗水',
    });
    expect(failed.status).toBe('in-progress'); // MNT-8
    await call(technician, 'POST', `${path}/work`, { workDone: '重新紧固软管接口' });
    await call(technician, 'POST', `${path}/finish`, {});
    await call(desk, 'POST', `${path}/check`, { passed: true, inspectors: ['李娜', '赵刚'] });
    const signedOff = await call(desk, 'POST', `${path}/sign-off`, {
      customerName: '刘先生',
      satisfaction: 'very-satisfied',
    });
    expect(signedOff).toMatchObject({ status: 'completed', returnVisit: { status: 'due' } }); // MNT-10
    await call(lead, 'POST', `${path}/settlement`, { finalAccountFen: 8_000 });
    const settled = await call(manager, 'POST', `${path}/settlement/review`, { settledFen: 8_000 });
    expect(settled).toMatchObject({ status: 'settled', settlement: { fundDraw: 'drawn' } });

    const events = await eventually(async () => {
      const found = (await stack.bus.events(MaintenanceBus.stream)).filter((e) => e.subject === order.id);
      expect(found.map((e) => e.type).sort()).toEqual(['settlement.certified.v1', 'work-order.completed.v1']);
      return found;
    });
    expect(events.find((e) => e.type === 'work-order.completed.v1')?.data).toMatchObject({
      type: 'c',
      chargeableFen: 8_000,
    });
    const history = await call(desk, 'GET', `${path}/history`);
    expect(history.entries.map((e: { action: string }) => e.action)).toEqual([
      'create',
      'approve',
      'dispatch',
      'arrive',
      'record-work',
      'finish',
      'check',
      'record-work',
      'finish',
      'check',
      'sign-off',
      'return-visit-due',
      'submit-settlement',
      'review-settlement',
      'fund-drawn',
    ]);
    const requestNow = await call(desk, 'GET', `/api/v1/repair-requests/${request.id}`);
    expect(requestNow.progress).toBe('settled');
  });
});
