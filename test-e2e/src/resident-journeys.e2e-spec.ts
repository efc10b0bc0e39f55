import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MaintenanceBus, Role, WorkOrderCompleted } from '@pcs/contracts';
import { eventually, pdfPages, type HttpResult } from '@pcs/testing';
import pg from 'pg';
import { Stack } from './stack.js';

/*
 * The resident journeys through the gateway, every service a real process: billing bills residents'
 * charge requests, finance pays them at the gateway, and billing answers residents' questions.
 */
/** The local date of yesterday: a move-out that took effect, so the tenant is no longer current today. */
/** The date in Beijing `days` days from now. */
function dayInBeijing(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

function yesterday(): string {
  return dayInBeijing(-1);
}

describe('resident journeys through the gateway', () => {
  let stack: Stack;
  const ids: Record<string, string> = {};

  const as = async (roles: Role[], communities = ['GZ01']) => stack.token({ roles, communities });
  async function call(
    roles: Role[],
    method: string,
    path: string,
    body?: unknown,
    communities?: string[],
  ): Promise<HttpResult> {
    return stack.http(method, path, {
      token: await as(roles, communities),
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

  /** BIL-11: what billing says the unit owes, once it has billed what it was asked to. */
  async function owedBy(unit: string, atLeastFen: number): Promise<any> {
    return eventually(async () => {
      const clearance = ok(await call(['finance'], 'GET', `/api/v1/clearance?unitId=${unit}`));
      expect(clearance.totalOwedFen).toBeGreaterThanOrEqual(atLeastFen);
      return clearance;
    });
  }

  /** BIL-5: finance takes the payer's money at the desk, by WeChat Pay. */
  async function pay(unit: string, payerPersonId: string, amountFen: number): Promise<any> {
    const externalTransactionId = `4200${Date.now()}${amountFen}`;
    // Decision 0200: a payment is refused without an Idempotency-Key.
    return ok(
      await stack.http('POST', `/api/v1/units/${unit}/payments`, {
        token: await as(['finance']),
        body: { payerPersonId, method: 'wechat-pay', amountFen, externalTransactionId },
        headers: { 'idempotency-key': `pay-${externalTransactionId}` },
      }),
      201,
    );
  }

  beforeAll(async () => {
    stack = await Stack.start();
  });

  afterAll(async () => {
    await stack?.stopAll();
  });

  it('RES-1, RES-2: a manager registers the property; the front desk registers an owner and a tenant', async () => {
    ok(
      await call(
        ['cs-manager'],
        'POST',
        '/api/v1/communities',
        {
          id: 'GZ01',
          name: '锦绣花园',
          kind: 'residential',
          address: { province: '广东省', city: '广州市', district: '天河区', street: '天河路385号' },
        },
        ['*'],
      ),
      201,
    );
    const building = ok(
      await call(
        ['cs-manager'],
        'POST',
        '/api/v1/communities/GZ01/buildings',
        { code: '3', name: '3栋', floorsAboveGround: 32 },
        ['*'],
      ),
      201,
    );
    const unit = ok(
      await call(
        ['cs-manager'],
        'POST',
        `/api/v1/buildings/${building.id}/units`,
        {
          number: '1201',
          floor: 12,
          type: 'residence',
          grossAreaCentiM2: 8950,
          handoverDate: '2026-06-30',
        },
        ['*'],
      ),
      201,
    );
    expect(unit).toMatchObject({
      label: '3栋1201',
      status: 'vacant',
      statusLabel: '空置',
      typeLabel: '住宅',
    });
    ids['unit'] = unit.id;

    const owner = ok(
      await call(['front-desk'], 'POST', '/api/v1/people', {
        communityId: 'GZ01',
        name: '王建国',
        phone: '13802251234',
        idDocument: { type: 'resident-id-card', number: '440108198803152417' },
      }),
      201,
    );
    const tenant = ok(
      await call(['front-desk'], 'POST', '/api/v1/people', {
        communityId: 'GZ01',
        name: '陈晓红',
        phone: '13926107788',
      }),
      201,
    );
    ids['owner'] = owner.id;
    ids['tenant'] = tenant.id;
    expect(owner).toMatchObject({ phone: '138****1234', idNumber: '4401**********2417' });

    ok(
      await call(['front-desk'], 'POST', `/api/v1/units/${unit.id}/occupancies`, {
        personId: owner.id,
        role: 'owner',
        startDate: '2026-07-01',
      }),
      201,
    );
    const lease = ok(
      await call(['front-desk'], 'POST', `/api/v1/units/${unit.id}/occupancies`, {
        personId: tenant.id,
        role: 'tenant',
        startDate: '2026-08-01',
      }),
      201,
    );
    ids['lease'] = lease.id;
    const withOccupants = ok(await call(['front-desk'], 'GET', `/api/v1/units/${unit.id}`));
    expect(withOccupants.occupants.map((o: any) => [o.name, o.roleLabel, o.phone])).toEqual([
      ['王建国', '业主', '138****1234'],
      ['陈晓红', '租户', '139****7788'],
    ]);
  });

  it('GEN-4: every role reading a person sees masked numbers; a reveal needs a reason and is in the access log', async () => {
    for (const role of Role.codes) {
      const res = await call([role], 'GET', `/api/v1/people/${ids['owner']}`);
      if (res.status === 200)
        expect({ role, phone: res.json.phone, id: res.json.idNumber }).toEqual({
          role,
          phone: '138****1234',
          id: '4401**********2417',
        });
      else expect({ role, status: res.status }).toEqual({ role, status: 403 });
    }
    expect(
      (await call(['front-desk'], 'POST', `/api/v1/people/${ids['owner']}/reveal`, {})).json.errors,
    ).toEqual([{ field: 'reason', message: 'reason is required' }]);
    const revealed = ok(
      await call(['front-desk'], 'POST', `/api/v1/people/${ids['owner']}/reveal`, {
        reason: '业主来电要求回拨确认维修时间',
      }),
    );
    expect(revealed).toMatchObject({ phone: '13802251234', idNumber: '440108198803152417' });
    const log = ok(
      await call(
        ['cs-manager'],
        'GET',
        `/api/v1/personal-data-access-log?personId=${ids['owner']}`,
        undefined,
        ['*'],
      ),
    );
    expect(log.items).toEqual([
      expect.objectContaining({
        personName: '王建国',
        actorId: 'staff-0001',
        kind: 'reveal',
        reason: '业主来电要求回拨确认维修时间',
      }),
    ]);
    // Not the auditor's or the technician's to see; not another community's.
    expect(
      (await call(['technician'], 'POST', `/api/v1/people/${ids['owner']}/reveal`, { reason: '想看看' }))
        .status,
    ).toBe(403);
    expect(
      (await call(['front-desk'], 'GET', `/api/v1/people/${ids['owner']}`, undefined, ['GZ02'])).json,
    ).toMatchObject({
      status: 404,
      code: 'PERSON_NOT_FOUND',
    });
  });

  it('RES-4: a move-in completes only after the handover inspection (RES-3, decision 0368) and when billing says its charges are paid, and the unit is occupied', async () => {
    const unit = ids['unit']!;
    const moveIn = ok(
      await call(['front-desk'], 'POST', `/api/v1/units/${unit}/move-ins`, {
        ownerPersonIds: [ids['owner']],
        plannedDate: '2026-12-08',
      }),
      201,
    );
    ok(
      await call(['front-desk'], 'POST', `/api/v1/move-ins/${moveIn.id}/acknowledgements`, {
        handbook: true,
        decorationRules: true,
      }),
    );
    ok(
      await call(['front-desk'], 'POST', `/api/v1/move-ins/${moveIn.id}/keys`, {
        keys: [
          { kind: 'door-key', count: 3 },
          { kind: 'access-card', count: 2 },
        ],
      }),
    );
    const refused = await call(['front-desk'], 'POST', `/api/v1/move-ins/${moveIn.id}/complete`, {
      // A step's time is when it happened: not in the future (decision 0198).
      movedInAt: new Date().toISOString(),
    });
    expect(refused.json).toMatchObject({
      status: 422,
      code: 'MOVE_IN_INCOMPLETE',
      title: '入住手续尚未办齐',
      // Decision 0381: the detail names what is missing.
      detail: '入住手续尚未办齐，缺少：验房（接楼）、入住费用缴纳',
      missing: ['handover', 'charges'],
      missingSteps: expect.arrayContaining([
        expect.objectContaining({
          code: 'handover',
          description: expect.stringContaining('handover inspection'),
        }),
      ]),
    });
    expect(
      ok(await call(['front-desk'], 'GET', `/api/v1/move-ins/${moveIn.id}`)).missing.map((m: any) => m.code),
    ).toContain('handover');

    // RES-3: the engineer inspects the unit with the owner; nothing found, the owner accepts it.
    ok(
      await call(['engineer'], 'POST', `/api/v1/units/${unit}/handover-inspections`, {
        ownerPersonId: ids['owner'],
        inspectedAt: new Date(Date.now() - 60_000).toISOString(),
        defects: [],
      }),
      201,
    );

    // Billing billed the move-in charges (BIL-1's default price); the owner pays them at finance.
    const owed = await owedBy(unit, 250_000);
    expect(owed.openItems).toEqual([expect.objectContaining({ kind: 'bill', amountFen: 250_000 })]);
    const receipt = await pay(unit, ids['owner']!, 250_000);
    expect(receipt).toMatchObject({
      receiptNumber: expect.stringMatching(/^SJ-GZ01-/),
      allocatedFen: 250_000,
    });
    const done = ok(
      await call(['front-desk'], 'POST', `/api/v1/move-ins/${moveIn.id}/complete`, {
        // A step's time is when it happened: not in the future (decision 0198).
        movedInAt: new Date().toISOString(),
      }),
    );
    expect(done).toMatchObject({ status: 'completed', statusLabel: '已入住', missing: [] });
    expect(ok(await call(['front-desk'], 'GET', `/api/v1/units/${unit}`)).status).toBe('occupied');
  });

  it('RES-5: a decoration goes from application through paid fees, review, passes and inspection; the refund date is published', async () => {
    const unit = ids['unit']!;
    const applied = ok(
      await call(['front-desk'], 'POST', '/api/v1/decorations', {
        unitId: unit,
        applicantPersonId: ids['owner'],
        scope: '厨卫改造、客厅吊顶',
        contractor: { name: '广州美家装饰工程有限公司', managerName: '刘强', managerPhone: '13711112222' },
        schedule: { startDate: '2026-12-10', endDate: '2027-01-20' },
        workers: [{ name: '张师傅', phone: '13600001111', idNumber: '440105198001011234' }],
        drawings: [{ fileId: 'files/2026/drawing-3-1201.pdf', title: '施工图纸' }],
        agreement: { fileId: 'files/2026/agreement-3-1201.pdf', signedOn: '2026-11-18' },
      }),
      201,
    );
    expect(applied.number).toMatch(/^ZX-GZ01-\d{4}-000001$/);
    const submitted = ok(await call(['front-desk'], 'POST', `/api/v1/decorations/${applied.id}/submit`));
    expect(submitted.status).toBe('awaiting-payment');

    // The decoration deposit and waste-removal fee, billed by billing and paid by the applicant;
    // billing's charge-request.settled moves the application on.
    await owedBy(unit, 350_000);
    await pay(unit, ids['owner']!, 350_000);
    await eventually(async () =>
      expect(ok(await call(['front-desk'], 'GET', `/api/v1/decorations/${applied.id}`)).status).toBe(
        'under-review',
      ),
    );

    ok(await call(['engineer'], 'POST', `/api/v1/decorations/${applied.id}/review`, { decision: 'approve' }));
    const working = ok(
      await call(['security'], 'POST', `/api/v1/decorations/${applied.id}/issue-passes`, {
        validUntil: '2027-01-20',
      }),
    );
    expect(working.workers[0]).toMatchObject({ phone: '136****1111', passNumber: `${applied.number}-01` });
    expect(ok(await call(['front-desk'], 'GET', `/api/v1/units/${unit}`)).status).toBe('decorating');
    ok(await call(['front-desk'], 'POST', `/api/v1/decorations/${applied.id}/request-inspection`));
    // Inspected now, after it was requested (decision 0198): the deposit is refundable 90 days on (BIL-9).
    const inspectedAt = new Date().toISOString();
    const refundableFrom = dayInBeijing(90);
    const passed = ok(
      await call(['engineer'], 'POST', `/api/v1/decorations/${applied.id}/inspection`, {
        inspectedAt,
        result: 'passed',
        damages: [],
        signatures: [
          { department: 'customer-service', headName: '周建华' },
          { department: 'engineering', headName: '赵志刚' },
          { department: 'security', headName: '王海' },
        ],
      }),
    );
    expect(passed).toMatchObject({ status: 'completed', depositRefundableFrom: refundableFrom });
    expect(ok(await call(['front-desk'], 'GET', `/api/v1/units/${unit}`)).status).toBe('occupied');
    const event = await eventually(async () => {
      const found = (await stack.bus.events('RESIDENTS')).find(
        (e) => e.type === 'decoration.inspection-passed.v1',
      );
      expect(found).toBeDefined();
      return found!;
    });
    expect(event.data).toMatchObject({ decorationId: applied.id, depositRefundableFrom: refundableFrom });
  });

  it('RES-6: a move-out is refused while billing reports arrears, with the items; allowed once clear; the owner stays', async () => {
    const unit = ids['unit']!;
    // BIL-7: a paid repair for the tenant, completed by maintenance (its event, published here).
    const workOrderId = '0190f1c2-7d3a-7c1e-9a2b-3c4d5e6f0c01';
    await stack.bus.publishEvent(WorkOrderCompleted, MaintenanceBus, {
      source: 'maintenance',
      subject: workOrderId,
      companyid: 'HRX',
      communityid: 'GZ01',
      data: {
        workOrderId,
        number: 'PG-GZ01-2026-000031',
        repairRequestId: '0190f1c2-7d3a-7c1e-9a2b-3c4d5e6f0c02',
        communityId: 'GZ01',
        unitId: unit,
        payerPersonId: ids['tenant']!,
        type: 'c',
        chargeableFen: 26_850,
        description: '更换入户门锁（有偿服务）',
        completedAt: '2026-12-10T15:00:00+08:00',
      },
    });
    const arrears = await owedBy(unit, 26_850);
    const refused = await call(['front-desk'], 'POST', `/api/v1/units/${unit}/move-outs`, {
      occupancyIds: [ids['lease']],
      moveOutDate: yesterday(),
      reason: '租约到期',
    });
    expect(refused.json).toMatchObject({
      status: 422,
      code: 'MOVE_OUT_BLOCKED_BY_ARREARS',
      totalOwedFen: 26_850,
      openItems: [{ number: arrears.openItems[0].number, amountFen: 26_850 }],
    });
    expect(arrears.openItems[0].number).toMatch(/^ZD-GZ01-\d{4}-\d{6}$/);

    await pay(unit, ids['tenant']!, 26_850);
    expect(ok(await call(['front-desk'], 'GET', `/api/v1/clearance?unitId=${unit}`))).toMatchObject({
      clear: true,
    });
    // BIL-5: the statement handed to the tenant, as a PDF whose text reads back in Chinese.
    const pdf = await call(['finance'], 'GET', `/api/v1/units/${unit}/statement.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    // Long text wraps within its row (decision 0259), so the words are compared without the breaks.
    const text = (await pdfPages(pdf.bytes)).join(' ').replace(/\s+/g, '');
    for (const printed of [
      '费用对账单',
      '小区：锦绣花园',
      '房号：3栋1201',
      '有偿服务PG-GZ01-2026-000031',
      '268.50',
      '已缴清',
    ]) {
      expect(text).toContain(printed);
    }
    const moveOut = ok(
      await call(['front-desk'], 'POST', `/api/v1/units/${unit}/move-outs`, {
        occupancyIds: [ids['lease']],
        moveOutDate: yesterday(),
        reason: '租约到期',
      }),
      201,
    );
    ok(
      await call(['engineer'], 'POST', `/api/v1/move-outs/${moveOut.id}/inspection`, {
        inspectedAt: new Date().toISOString(),
        damages: [],
      }),
    );
    expect(ok(await call(['front-desk'], 'POST', `/api/v1/move-outs/${moveOut.id}/complete`))).toMatchObject({
      status: 'completed',
    });
    const after = ok(await call(['front-desk'], 'GET', `/api/v1/units/${unit}`));
    expect(after.status).toBe('occupied');
    expect(after.occupants.map((o: any) => o.name)).toEqual(['王建国']);
  });

  it('GEN-1: a calendar set at the gateway reaches the complaints and maintenance services', async () => {
    ok(
      await call(
        ['cs-manager'],
        'PUT',
        '/api/v1/calendar/2026',
        { holidays: ['2026-10-01', '2026-10-02'], makeUpWorkdays: ['2026-09-27'] },
        ['*'],
      ),
    );
    for (const service of ['complaints', 'maintenance'] as const) {
      const db = new pg.Client({ connectionString: stack.databases.get(service)!.url });
      await db.connect();
      try {
        await eventually(
          async () => {
            const { rows } = await db.query(
              'select year, holidays, make_up_workdays, version from calendar_year_replica',
            );
            expect({ service, rows }).toEqual({
              service,
              rows: [
                {
                  year: 2026,
                  holidays: ['2026-10-01', '2026-10-02'],
                  make_up_workdays: ['2026-09-27'],
                  version: 1,
                },
              ],
            });
          },
          15_000,
          200,
        );
      } finally {
        await db.end();
      }
    }
  });
});
