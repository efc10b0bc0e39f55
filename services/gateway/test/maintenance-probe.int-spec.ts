import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Role } from '@pcs/contracts';
import { budgetMs, eventually, httpCall, type HttpResult } from '@pcs/testing';
import { staffToken } from './gateway-harness.js';
import { startRealStack, type RealStack } from './hostile/real-stack.js';
import { seedRecords } from './hostile/seed-records.js';
import { MAINTENANCE_ROUTES, repairRegistration } from './maintenance-routes.js';
import { expectRefused as refused } from './hostile/refused.js';

/** The valid body the route table gives a path route, so that only the id is wrong. */
const validBody = (template: string): unknown =>
  MAINTENANCE_ROUTES.find((r) => r.method === 'POST' && r.template === template)?.body ?? {};

/*
 * A new staff member's probe of the maintenance routes, through the gateway to the real services:
 * malformed input, ids that do not exist or belong elsewhere, and actions out of order. Each is
 * refused with problem details naming the field (400/422) or the state (404/409), never a 500, and
 * changes nothing; a retried write writes once.
 */

const MISSING = '0190f1c2-7d3a-7c1e-9a2b-3c4d5e6f7a8c';
const TEAM = {
  executor: 'team',
  teamId: '0193a000-0000-7000-8000-00000000a001',
  teamName: '工程维修一队',
  // The probe's technician (`staff-09${50 + 4}` below): only they record on site (decision 0322).
  technician: { staffId: 'staff-0954', name: '探针4' },
};
const LONG = '长'.repeat(5_000);
const safeJson = (text: string): any => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

describe('maintenance routes probed with bad input and odd sequences', () => {
  let stack: RealStack;
  /** Each role in GZ01 under its own name, so that "never the requester" does not get in the way. */
  const tokens: Partial<Record<Role, string>> = {};
  let gz02: string;
  let n = 0;

  const as = (role: Role): string => tokens[role]!;
  const call = (method: string, path: string, body?: unknown, token = as('cs-manager'), headers = {}) =>
    httpCall(stack.gateway.url, method, path, {
      token,
      ...(body === undefined ? {} : { body }),
      headers: { 'x-correlation-id': `mnt-probe-${++n}`, ...headers },
    });

  async function ok(method: string, path: string, body: unknown, role: Role, expected = 200): Promise<any> {
    const res = await call(method, path, body, as(role));
    expect({ path, status: res.status, body: res.status === expected ? null : res.json }).toEqual({
      path,
      status: expected,
      body: null,
    });
    return res.json;
  }

  const register = (overrides: Record<string, unknown> = {}) =>
    ok('POST', '/api/v1/repair-requests', { ...repairRegistration(), ...overrides }, 'front-desk', 201);

  const surveyBody = (estimateFen = 12_000, overrides: Record<string, unknown> = {}) => ({
    surveyedAt: new Date().toISOString(),
    participants: [
      { role: 'customer-service', name: '李娜' },
      { role: 'engineering', name: '孙工' },
      { role: 'repair-lead', name: '赵队长' },
    ],
    findings: '灯具镇流器烧坏',
    estimateFen,
    component: 'electrical',
    responsibleParty: 'company',
    warrantyDecision: { underWarranty: false, reason: '公共区域灯具已过保修期' },
    ...overrides,
  });

  async function surveyed(estimateFen = 12_000): Promise<any> {
    const request = await register();
    await ok('POST', `/api/v1/repair-requests/${request.id}/survey`, surveyBody(estimateFen), 'engineer');
    return request;
  }

  async function openOrder(estimateFen = 12_000): Promise<any> {
    const request = await surveyed(estimateFen);
    return ok(
      'POST',
      '/api/v1/work-orders',
      { repairRequestId: request.id, description: '更换镇流器' },
      'front-desk',
      201,
    );
  }

  const step = (id: string, action: string, body: unknown, role: Role) =>
    ok('POST', `/api/v1/work-orders/${id}/${action}`, body, role);

  async function dispatched(): Promise<any> {
    const order = await openOrder();
    await step(order.id, 'approve', {}, 'cs-manager');
    return step(order.id, 'dispatch', TEAM, 'dispatcher');
  }

  async function completed(): Promise<any> {
    const order = await dispatched();
    await step(order.id, 'arrival', { arrivedAt: new Date().toISOString() }, 'technician');
    await step(order.id, 'work', { workDone: '更换镇流器', materials: [], photos: [] }, 'technician');
    await step(order.id, 'finish', {}, 'technician');
    await step(order.id, 'check', { passed: true, inspectors: ['李娜', '赵队长'] }, 'front-desk');
    return step(order.id, 'sign-off', { customerName: '王先生', satisfaction: 'satisfied' }, 'front-desk');
  }

  /** What a refusal must leave alone: the record and its history. */
  async function snapshot(kind: 'repair-requests' | 'work-orders', id: string): Promise<unknown> {
    const [entry, history] = await Promise.all([
      call('GET', `/api/v1/${kind}/${id}`),
      call('GET', `/api/v1/${kind}/${id}/history`),
    ]);
    expect([entry.status, history.status]).toEqual([200, 200]);
    return { entry: entry.json, history: history.json };
  }

  beforeAll(
    async () => {
      stack = await startRealStack();
      await seedRecords(stack.gateway.url);
      const roles: Role[] = [
        'front-desk',
        'cs-manager',
        'dispatcher',
        'engineer',
        'technician',
        'repair-lead',
        'chief-engineer',
        'auditor',
        'finance',
        'admin',
        'security',
      ];
      for (const [i, role] of roles.entries()) {
        tokens[role] = await staffToken({
          sub: `staff-09${50 + i}`,
          name: `探针${i}`,
          roles: [role],
          communities: ['GZ01'],
        });
      }
      gz02 = await staffToken({
        sub: 'staff-0990',
        name: '钱磊',
        roles: ['cs-manager'],
        communities: ['GZ02'],
      });
      // Residents announces the communities to maintenance over the bus (decision 0210).
      await eventually(
        async () => {
          const res = await call('POST', '/api/v1/repair-requests', repairRegistration(), as('front-desk'));
          expect(res.status).toBe(201);
        },
        budgetMs(20, 500),
      );
      // MNT-13 (decision 0330): the team the probe dispatches to is one of the company's directory.
      const team = await call(
        'POST',
        '/api/v1/repair-teams',
        { id: TEAM.teamId, name: TEAM.teamName },
        await staffToken({
          sub: 'staff-0991',
          name: '吴总工',
          roles: ['chief-engineer'],
          communities: ['*'],
        }),
        { 'idempotency-key': 'mnt-probe-team' },
      );
      expect(team.status).toBe(201);
    },
    budgetMs(90, 1_000),
  );

  afterAll(async () => {
    await stack?.close();
  });

  it('MNT-1: security reads the patrol find it reported, its history and the list, but not the work orders (decision 0351)', async () => {
    const find = await ok(
      'POST',
      '/api/v1/repair-requests',
      {
        communityId: 'GZ01',
        source: 'patrol',
        location: '地库B区',
        trades: ['electrical'],
        urgency: 'normal',
        description: '巡查发现地库照明损坏',
      },
      'security',
      201,
    );
    const read = await ok('GET', `/api/v1/repair-requests/${find.id}`, undefined, 'security');
    expect(read).toMatchObject({ id: find.id, source: 'patrol', progress: 'accepted' });
    const history = await ok('GET', `/api/v1/repair-requests/${find.id}/history`, undefined, 'security');
    expect(history.entries.map((e: { action: string }) => e.action)).toEqual(['open']);
    const mine = await ok('GET', '/api/v1/repair-requests?limit=200', undefined, 'security');
    expect(mine.items.map((r: { id: string }) => r.id)).toContain(find.id);
    expect((await call('GET', '/api/v1/work-orders?limit=1', undefined, as('security'))).status).toBe(403);
  });

  it('bad input: a repair registration with wrong types, blanks, unknown codes or extra fields is refused naming the field; nothing is registered', async () => {
    const before = (await call('GET', '/api/v1/repair-requests?limit=200')).json.items.length;
    const cases: [Record<string, unknown>, string][] = [
      [{ communityId: 42 }, 'communityId'],
      [{ communityId: '' }, 'communityId'],
      [{ source: 'fax' }, 'source'],
      [{ trades: [] }, 'trades'],
      [{ trades: ['magic'] }, 'trades'],
      [{ trades: 'plumbing' }, 'trades'],
      [{ urgency: 'URGENT' }, 'urgency'],
      [{ urgency: 'emergency', emergencyKind: 'volcano' }, 'emergencyKind'],
      [{ urgency: 'normal', emergencyKind: 'gas' }, 'emergencyKind'],
      [{ location: '\u200b' }, 'location'],
      [{ description: '\u200b\u200d\ufeff' }, 'description'],
      [{ contactPhone: '020-1234567-123' }, 'contactPhone'],
      [{ description: '' }, 'description'],
      [{ description: '   ' }, 'description'],
      [{ description: LONG }, 'description'],
      [{ location: LONG }, 'location'],
      [{ description: ['a'] }, 'description'],
      [{ unitId: 'not-a-uuid' }, 'unitId'],
      [{ personId: 'nope' }, 'personId'],
      [{ contactPhone: 'abc' }, 'contactPhone'],
      [{ contactSurname: LONG }, 'contactSurname'],
      [{ hacker: true }, 'hacker'],
      [{ description: undefined }, 'description'],
      [{ trades: undefined }, 'trades'],
    ];
    for (const [overrides, field] of cases) {
      const res = await call(
        'POST',
        '/api/v1/repair-requests',
        { ...repairRegistration(), ...overrides },
        as('front-desk'),
      );
      refused(res, [400, 422], field);
    }
    for (const body of [null, [], 'text', 42]) {
      refused(await call('POST', '/api/v1/repair-requests', body, as('front-desk')), [400, 422]);
    }
    // a community the caller is not given, and one that does not exist: 404 (GEN-5)
    refused(
      await call(
        'POST',
        '/api/v1/repair-requests',
        { ...repairRegistration(), communityId: 'GZ02' },
        as('front-desk'),
      ),
      [404],
    );
    refused(
      await call(
        'POST',
        '/api/v1/repair-requests',
        { ...repairRegistration(), communityId: 'ZZ99' },
        as('front-desk'),
      ),
      [404],
    );
    expect((await call('GET', '/api/v1/repair-requests?limit=200')).json.items.length).toBe(before);
  });

  it('bad input: list filters with unknown codes, bad limits, cursors or dates are refused naming the parameter', async () => {
    const cases: [string, string][] = [
      ['/api/v1/repair-requests?progress=lost', 'progress'],
      ['/api/v1/repair-requests?limit=0', 'limit'],
      ['/api/v1/repair-requests?limit=201', 'limit'],
      ['/api/v1/repair-requests?limit=1.5', 'limit'],
      ['/api/v1/repair-requests?limit=abc', 'limit'],
      ['/api/v1/repair-requests?cursor=%%%', 'cursor'],
      ['/api/v1/repair-requests?cursor=eyJmb28iOjF9', 'cursor'],
      ['/api/v1/repair-requests?overdue=maybe', 'overdue'],
      ['/api/v1/repair-requests?unitId=nope', 'unitId'],
      ['/api/v1/work-orders?status=lost', 'status'],
      ['/api/v1/work-orders?limit=-1', 'limit'],
      ['/api/v1/work-orders?cursor=bm9wZQ', 'cursor'],
      ['/api/v1/technician-scores?year=abc&quarter=4', 'year'],
      ['/api/v1/technician-scores?year=2026&quarter=5', 'quarter'],
      ['/api/v1/proactive-visits?dueBy=2026-02-30', 'dueBy'],
      ['/api/v1/proactive-visits?status=lost', 'status'],
      ['/api/v1/equipment-reports?status=lost', 'status'],
    ];
    for (const [path, field] of cases) {
      const res = await call('GET', path, undefined, as('cs-manager'));
      refused(res, [400, 422], field);
    }
    // another community's records are not listed to a GZ01 caller and a GZ02 caller's filter on GZ01 is empty or 404
    const other = await call('GET', '/api/v1/repair-requests?communityId=GZ01', undefined, gz02);
    if (other.status === 200) expect(other.json.items).toEqual([]);
    else refused(other, [404]);
  });

  it('bad input: unknown, malformed and other-community ids are 404 or 400 naming id on every path route', async () => {
    const request = await register();
    const order = await openOrder();
    const paths = [
      ['GET', '/api/v1/repair-requests/{id}'],
      ['GET', '/api/v1/repair-requests/{id}/history'],
      ['POST', '/api/v1/repair-requests/{id}/arrival'],
      ['POST', '/api/v1/repair-requests/{id}/made-safe'],
      ['POST', '/api/v1/repair-requests/{id}/survey'],
      ['POST', '/api/v1/repair-requests/{id}/cancel'],
      ['GET', '/api/v1/work-orders/{id}'],
      ['GET', '/api/v1/work-orders/{id}/history'],
      ...[
        'approve',
        'dispatch',
        'arrival',
        'work',
        'finish',
        'check',
        'sign-off',
        'extend',
        'return-visit',
        'settlement',
        'settlement/review',
        'settlement/confirm',
        'settlement/certify',
        'settlement/pay',
        'cancel',
      ].map((a) => ['POST', `/api/v1/work-orders/{id}/${a}`]),
      ['GET', '/api/v1/proactive-visits/{id}'],
      ['POST', '/api/v1/proactive-visits/{id}/record'],
      ['POST', '/api/v1/equipment-reports/{id}/submit'],
    ] as const;
    const admin = await staffToken({
      sub: 'staff-0999',
      name: '全能',
      roles: [
        'cs-manager',
        'dispatcher',
        'engineer',
        'repair-lead',
        'chief-engineer',
        'finance',
        'technician',
      ],
      communities: ['GZ01'],
    });
    for (const [method, template] of paths) {
      const body = method === 'POST' ? validBody(template) : undefined;
      refused(await call(method, template.replace('{id}', MISSING), body, admin), [404]);
      refused(await call(method, template.replace('{id}', 'not-a-uuid'), body, admin), [400, 404], 'id');
    }
    const gz02All = await staffToken({
      sub: 'staff-0998',
      name: '他区',
      roles: [
        'cs-manager',
        'dispatcher',
        'engineer',
        'repair-lead',
        'chief-engineer',
        'finance',
        'technician',
      ],
      communities: ['GZ02'],
    });
    const [requestBefore, orderBefore] = [
      await snapshot('repair-requests', request.id),
      await snapshot('work-orders', order.id),
    ];
    for (const [method, template] of paths) {
      const id = template.startsWith('/api/v1/repair') ? request.id : order.id;
      if (template.includes('proactive') || template.includes('equipment')) continue;
      refused(
        await call(
          method,
          template.replace('{id}', id),
          method === 'POST' ? validBody(template) : undefined,
          gz02All,
        ),
        [404],
      );
    }
    refused(
      await call(
        'POST',
        '/api/v1/work-orders',
        { repairRequestId: request.id, description: '越权' },
        gz02All,
      ),
      [404],
    );
    expect(await snapshot('repair-requests', request.id)).toEqual(requestBefore);
    expect(await snapshot('work-orders', order.id)).toEqual(orderBefore);
  });

  it('MNT-2: a survey with invalid dates, bad money or unknown codes is refused naming the field and changes nothing', async () => {
    const request = await register();
    const before = await snapshot('repair-requests', request.id);
    const cases: [Record<string, unknown>, string][] = [
      [{ surveyedAt: '2026-02-30T10:00:00+08:00' }, 'surveyedAt'],
      [{ surveyedAt: 'yesterday' }, 'surveyedAt'],
      [{ surveyedAt: '9999-12-31T10:00:00+08:00' }, 'surveyedAt'],
      [{ surveyedAt: '1900-01-01T10:00:00+08:00' }, 'surveyedAt'],
      [{ estimateFen: -1 }, 'estimateFen'],
      [{ estimateFen: 12.5 }, 'estimateFen'],
      [{ estimateFen: '12000' }, 'estimateFen'],
      [{ estimateFen: 1e20 }, 'estimateFen'],
      [{ estimateFen: Number.MAX_SAFE_INTEGER }, 'estimateFen'],
      [{ component: 'kitchen-sink' }, 'component'],
      [{ responsibleParty: 'aliens' }, 'responsibleParty'],
      [{ participants: [] }, 'participants'],
      [{ participants: [{ role: 'wizard', name: '甘道夫' }] }, 'participants'],
      [{ participants: [{ role: 'engineering', name: '' }] }, 'participants'],
      [{ findings: '  ' }, 'findings'],
      [{ findings: LONG }, 'findings'],
      [{ warrantyDecision: { underWarranty: 'no', reason: 'x' } }, 'warrantyDecision'],
      [{ contractorId: 'nope' }, 'contractorId'],
      [{ extra: 1 }, 'extra'],
    ];
    for (const [overrides, field] of cases) {
      const res = await call(
        'POST',
        `/api/v1/repair-requests/${request.id}/survey`,
        surveyBody(12_000, overrides),
        as('engineer'),
      );
      refused(res, [400, 422], field);
    }
    for (const [path, body, field] of [
      ['arrival', { at: '2026-02-30T10:00:00+08:00' }, 'at'],
      ['arrival', { at: '9999-01-01T00:00:00Z' }, 'at'],
      ['arrival', {}, 'at'],
      ['made-safe', { at: 12 }, 'at'],
      ['cancel', { reason: '' }, 'reason'],
      ['cancel', { reason: LONG }, 'reason'],
      ['cancel', {}, 'reason'],
    ] as const) {
      const role: Role = path === 'cancel' ? 'cs-manager' : 'engineer';
      refused(
        await call('POST', `/api/v1/repair-requests/${request.id}/${path}`, body, as(role)),
        [400, 422],
        field,
      );
    }
    expect(await snapshot('repair-requests', request.id)).toEqual(before);
  });

  it('bad input: work-order bodies with bad money, dates, codes and blanks are refused naming the field; the order is unchanged', async () => {
    const request = await surveyed();
    for (const [body, field] of [
      [{ repairRequestId: request.id, description: '' }, 'description'],
      [{ repairRequestId: request.id, description: LONG }, 'description'],
      [{ repairRequestId: 'nope', description: 'x' }, 'repairRequestId'],
      [{ description: 'x' }, 'repairRequestId'],
      [{ repairRequestId: request.id, description: 'x', estimateFen: -5 }, 'estimateFen'],
      [{ repairRequestId: request.id, description: 'x', estimateFen: 1.5 }, 'estimateFen'],
      [{ repairRequestId: request.id, description: 'x', priceItems: 'all' }, 'priceItems'],
      [{ repairRequestId: request.id, description: 'x', bogus: 1 }, 'bogus'],
    ] as const) {
      refused(await call('POST', '/api/v1/work-orders', body, as('front-desk')), [400, 422], field);
    }
    refused(
      await call(
        'POST',
        '/api/v1/work-orders',
        { repairRequestId: MISSING, description: 'x' },
        as('front-desk'),
      ),
      [404],
    );

    const order = await dispatched();
    const before = await snapshot('work-orders', order.id);
    const cases: [string, Role, Record<string, unknown>, string][] = [
      ['dispatch', 'dispatcher', { executor: 'robot' }, 'executor'],
      ['arrival', 'technician', { arrivedAt: '2026-02-30T14:00:00+08:00' }, 'arrivedAt'],
      ['arrival', 'technician', { arrivedAt: '3000-01-01T00:00:00Z' }, 'arrivedAt'],
      ['arrival', 'technician', { arrivedAt: '1970-01-01T00:00:00Z' }, 'arrivedAt'],
      ['work', 'technician', { workDone: '' }, 'workDone'],
      ['work', 'technician', { workDone: LONG }, 'workDone'],
      [
        'work',
        'technician',
        { workDone: 'x', materials: [{ name: 'a', quantity: 1, unit: '个', costFen: -1 }] },
        'materials',
      ],
      [
        'work',
        'technician',
        { workDone: 'x', materials: [{ name: 'a', quantity: 1, unit: '个', costFen: 0.5 }] },
        'materials',
      ],
      [
        'work',
        'technician',
        { workDone: 'x', materials: [{ name: 'a', quantity: -2, unit: '个', costFen: 1 }] },
        'materials',
      ],
      [
        'work',
        'technician',
        { workDone: 'x', materials: [{ name: 'a', quantity: 1, unit: '个', costFen: 1e18 }] },
        'materials',
      ],
      ['work', 'technician', { workDone: 'x', photos: [42] }, 'photos'],
      ['work', 'technician', { workDone: 'x', materials: 'lots' }, 'materials'],
      ['finish', 'technician', { note: LONG }, 'note'],
      ['finish', 'technician', { note: 7 }, 'note'],
      ['check', 'front-desk', { passed: 'yes', inspectors: ['李娜'] }, 'passed'],
      ['check', 'front-desk', { passed: true, inspectors: [] }, 'inspectors'],
      ['sign-off', 'front-desk', { customerName: '王', satisfaction: 'ecstatic' }, 'satisfaction'],
      ['sign-off', 'front-desk', { customerName: '', satisfaction: 'satisfied' }, 'customerName'],
      [
        'extend',
        'front-desk',
        {
          until: '2026-02-30T18:00:00+08:00',
          consent: { customerName: '王', consentedAt: '2026-11-24T09:00:00+08:00', record: 'r' },
        },
        'until',
      ],
      ['extend', 'front-desk', { until: '2026-12-04T18:00:00+08:00' }, 'consent'],
      [
        'extend',
        'front-desk',
        {
          until: '2026-12-04T18:00:00+08:00',
          consent: { customerName: '王', consentedAt: 'soon', record: 'r' },
        },
        'consent',
      ],
      ['return-visit', 'front-desk', { method: 'telepathy', satisfaction: 'satisfied' }, 'method'],
      ['return-visit', 'front-desk', { method: 'phone', satisfaction: 'meh' }, 'satisfaction'],
      ['settlement', 'repair-lead', { finalAccountFen: -100 }, 'finalAccountFen'],
      ['settlement', 'repair-lead', { finalAccountFen: 100.5 }, 'finalAccountFen'],
      ['settlement', 'repair-lead', { finalAccountFen: '100' }, 'finalAccountFen'],
      ['settlement', 'repair-lead', { finalAccountFen: 1e20 }, 'finalAccountFen'],
      ['settlement', 'repair-lead', {}, 'finalAccountFen'],
      ['settlement/review', 'cs-manager', { settledFen: -1 }, 'settledFen'],
      ['settlement/review', 'cs-manager', { settledFen: 0.01 }, 'settledFen'],
      ['settlement/confirm', 'engineer', { contractorSignatory: '' }, 'contractorSignatory'],
      ['cancel', 'cs-manager', { reason: '  ' }, 'reason'],
      ['cancel', 'cs-manager', {}, 'reason'],
      ['approve', 'cs-manager', { note: LONG }, 'note'],
      ['approve', 'cs-manager', { sneaky: 'x' }, 'sneaky'],
    ];
    for (const [action, role, body, field] of cases) {
      const res = await call('POST', `/api/v1/work-orders/${order.id}/${action}`, body, as(role));
      expect({ action, field, ...(res.status >= 500 ? { res: res.json } : {}) }).toEqual({ action, field });
      refused(res, [400, 422], field);
    }
    expect(await snapshot('work-orders', order.id)).toEqual(before);
  });

  it('bad input: the price list, warranty periods and proactive visits refuse bad money, codes and blanks naming the field', async () => {
    const cases: [string, Role, Record<string, unknown>, string][] = [
      [
        '/api/v1/paid-service-prices',
        'cs-manager',
        { code: 'x', name: '水龙头', unit: '个', priceFen: -1 },
        'priceFen',
      ],
      [
        '/api/v1/paid-service-prices',
        'cs-manager',
        { code: 'x', name: '水龙头', unit: '个', priceFen: 1.5 },
        'priceFen',
      ],
      [
        '/api/v1/paid-service-prices',
        'cs-manager',
        { code: 'x', name: '水龙头', unit: '个', priceFen: 1e20 },
        'priceFen',
      ],
      [
        '/api/v1/paid-service-prices',
        'cs-manager',
        { code: '', name: '水龙头', unit: '个', priceFen: 1 },
        'code',
      ],
      [
        '/api/v1/paid-service-prices',
        'cs-manager',
        { code: 'x', name: LONG, unit: '个', priceFen: 1 },
        'name',
      ],
      [
        '/api/v1/paid-service-prices',
        'cs-manager',
        { code: 'x', name: ' ', unit: '个', priceFen: 1 },
        'name',
      ],
      [
        '/api/v1/warranty-periods',
        'chief-engineer',
        { communityId: 'GZ01', component: 'toaster', months: 12 },
        'component',
      ],
      [
        '/api/v1/warranty-periods',
        'chief-engineer',
        { communityId: 'GZ01', component: 'electrical', months: -12 },
        'months',
      ],
      [
        '/api/v1/warranty-periods',
        'chief-engineer',
        { communityId: 'GZ01', component: 'electrical', months: 1.5 },
        'months',
      ],
      [
        '/api/v1/warranty-periods',
        'chief-engineer',
        { communityId: 'GZ01', component: 'electrical', months: 1e12 },
        'months',
      ],
      [
        '/api/v1/warranty-periods',
        'chief-engineer',
        { communityId: 42, component: 'electrical', months: 12 },
        'communityId',
      ],
    ];
    for (const [path, role, body, field] of cases) {
      refused(await call('POST', path, body, as(role)), [400, 422], field);
    }
    refused(
      await call(
        'POST',
        '/api/v1/warranty-periods',
        { communityId: 'GZ02', component: 'electrical', months: 12 },
        as('chief-engineer'),
      ),
      [404],
    );
    // MNT-3 (decision 0260): the company's own period is set only by a caller who sees every community
    refused(
      await call(
        'POST',
        '/api/v1/warranty-periods',
        { component: 'electrical', months: 1 },
        as('chief-engineer'),
      ),
      [404],
    );
    const prices = (await call('GET', '/api/v1/paid-service-prices')).json;
    expect(JSON.stringify(prices)).not.toContain('水龙头');
  });

  it('MNT-13, MNT-7 (decisions 0329-0331): the dispatcher picks the team from the directory; a team it lacks, a blank technician, or a team added by a community-scoped chief engineer is refused naming the field', async () => {
    const teams = (await ok('GET', '/api/v1/repair-teams?communityId=GZ01', undefined, 'dispatcher')) as {
      items: { id: string; name: string }[];
    };
    expect(teams.items).toContainEqual(expect.objectContaining({ id: TEAM.teamId, name: TEAM.teamName }));
    refused(await call('GET', '/api/v1/repair-teams', undefined, as('technician')), [403]);
    refused(await call('POST', '/api/v1/repair-teams', { name: '探针班' }, as('chief-engineer')), [403]);
    refused(await call('POST', '/api/v1/repair-teams', { name: ' ' }, as('chief-engineer')), [400], 'name');

    const order = await openOrder();
    await step(order.id, 'approve', {}, 'cs-manager');
    const before = await snapshot('work-orders', order.id);
    const dispatch = (body: unknown) =>
      call('POST', `/api/v1/work-orders/${order.id}/dispatch`, body, as('dispatcher'));
    refused(await dispatch({ ...TEAM, teamId: MISSING }), [400], 'teamId');
    refused(await dispatch({ ...TEAM, technician: { staffId: '', name: '' } }), [400], 'technician');
    refused(
      await dispatch({ ...TEAM, technician: { staffId: 'staff-0954', name: '  ' } }),
      [400],
      'technician',
    );
    expect(await snapshot('work-orders', order.id)).toEqual(before);
    const byId = { executor: TEAM.executor, teamId: TEAM.teamId, technician: TEAM.technician };
    expect(await step(order.id, 'dispatch', byId, 'dispatcher')).toMatchObject({
      teamId: TEAM.teamId,
      teamName: TEAM.teamName,
    });
  });

  it('MNT-6, MNT-7: an order cannot be dispatched, arrived at, worked, finished or checked out of order; each refusal is 409 and changes nothing', async () => {
    const order = await openOrder();
    const before = await snapshot('work-orders', order.id);
    for (const [action, role, body] of [
      ['dispatch', 'dispatcher', TEAM],
      ['arrival', 'technician', { arrivedAt: new Date().toISOString() }],
      ['work', 'technician', { workDone: '更换', materials: [], photos: [] }],
      ['finish', 'technician', {}],
      ['check', 'front-desk', { passed: true, inspectors: ['李娜'] }],
      ['sign-off', 'front-desk', { customerName: '王', satisfaction: 'satisfied' }],
      ['return-visit', 'front-desk', { method: 'phone', satisfaction: 'satisfied' }],
      ['settlement', 'repair-lead', { finalAccountFen: 12_000 }],
      ['settlement/review', 'cs-manager', { settledFen: 12_000 }],
      ['settlement/confirm', 'engineer', { contractorSignatory: '钱经理' }],
      ['settlement/certify', 'chief-engineer', {}],
      ['settlement/pay', 'finance', {}],
    ] as const) {
      const res = await call('POST', `/api/v1/work-orders/${order.id}/${action}`, body, as(role as Role));
      expect({ action, status: res.status >= 500 ? res.json : 'refused' }).toEqual({
        action,
        status: 'refused',
      });
      refused(res, [409, 422]);
    }
    expect(await snapshot('work-orders', order.id)).toEqual(before);

    // dispatched: finish before arrival, and check before finish, are refused
    await step(order.id, 'approve', {}, 'cs-manager');
    refused(await call('POST', `/api/v1/work-orders/${order.id}/approve`, {}, as('cs-manager')), [403, 409]);
    await step(order.id, 'dispatch', TEAM, 'dispatcher');
    const dispatchedBefore = await snapshot('work-orders', order.id);
    refused(await call('POST', `/api/v1/work-orders/${order.id}/finish`, {}, as('technician')), [409, 422]);
    refused(
      await call('POST', `/api/v1/work-orders/${order.id}/work`, { workDone: 'x' }, as('technician')),
      [409, 422],
    );
    refused(
      await call(
        'POST',
        `/api/v1/work-orders/${order.id}/check`,
        { passed: true, inspectors: ['李娜'] },
        as('front-desk'),
      ),
      [409, 422],
    );
    // Dispatching again needs the reason (decision 0323): without one, 400 naming it.
    refused(
      await call('POST', `/api/v1/work-orders/${order.id}/dispatch`, TEAM, as('dispatcher')),
      [400],
      'reason',
    );
    expect(await snapshot('work-orders', order.id)).toEqual(dispatchedBefore);
  });

  it('MNT-8, MNT-9, MNT-10: a completed order cannot be cancelled, settled twice or visited twice; nothing changes', async () => {
    const order = await completed();
    refused(
      await call('POST', `/api/v1/work-orders/${order.id}/cancel`, { reason: '住户取消' }, as('cs-manager')),
      [409],
    );
    refused(
      await call(
        'POST',
        `/api/v1/work-orders/${order.id}/sign-off`,
        { customerName: '王', satisfaction: 'satisfied' },
        as('front-desk'),
      ),
      [409],
    );
    refused(
      await call(
        'POST',
        `/api/v1/repair-requests/${order.repairRequestId}/cancel`,
        { reason: '取消' },
        as('cs-manager'),
      ),
      [409],
    );
    await step(order.id, 'return-visit', { method: 'phone', satisfaction: 'satisfied' }, 'front-desk');
    refused(
      await call(
        'POST',
        `/api/v1/work-orders/${order.id}/return-visit`,
        { method: 'phone', satisfaction: 'dissatisfied' },
        as('front-desk'),
      ),
      [409],
    );
    await step(order.id, 'settlement', { finalAccountFen: 12_000 }, 'repair-lead');
    refused(
      await call(
        'POST',
        `/api/v1/work-orders/${order.id}/settlement`,
        { finalAccountFen: 9_000 },
        as('repair-lead'),
      ),
      [409],
    );
    await step(order.id, 'settlement/review', { settledFen: 11_500 }, 'cs-manager');
    const settled = await snapshot('work-orders', order.id);
    refused(
      await call(
        'POST',
        `/api/v1/work-orders/${order.id}/settlement/review`,
        { settledFen: 10_000 },
        as('cs-manager'),
      ),
      [409],
    );
    refused(
      await call(
        'POST',
        `/api/v1/work-orders/${order.id}/settlement`,
        { finalAccountFen: 9_000 },
        as('repair-lead'),
      ),
      [409],
    );
    // a type-B order has no contractor confirmation nor certification
    refused(
      await call(
        'POST',
        `/api/v1/work-orders/${order.id}/settlement/confirm`,
        { contractorSignatory: '钱' },
        as('engineer'),
      ),
      [409],
    );
    refused(
      await call('POST', `/api/v1/work-orders/${order.id}/settlement/certify`, {}, as('chief-engineer')),
      [409],
    );
    refused(
      await call('POST', `/api/v1/work-orders/${order.id}/cancel`, { reason: '取消' }, as('cs-manager')),
      [409],
    );
    refused(
      await call(
        'POST',
        `/api/v1/work-orders/${order.id}/extend`,
        {
          until: '2027-01-04T18:00:00+08:00',
          consent: { customerName: '王', consentedAt: new Date().toISOString(), record: '电话' },
        },
        as('front-desk'),
      ),
      [409],
    );
    const after = (await snapshot('work-orders', order.id)) as any;
    // the pay route may retry a pending draw; apart from the draw, nothing changed
    expect(after.history).toEqual((settled as any).history);
  });

  it('MNT-1, MNT-2: a cancelled request takes no survey, no work order and no second cancellation', async () => {
    const request = await register();
    await ok(
      'POST',
      `/api/v1/repair-requests/${request.id}/cancel`,
      { reason: '住户已自行修好' },
      'cs-manager',
    );
    const before = await snapshot('repair-requests', request.id);
    refused(
      await call(
        'POST',
        `/api/v1/repair-requests/${request.id}/cancel`,
        { reason: '再取消' },
        as('cs-manager'),
      ),
      [409],
    );
    refused(
      await call('POST', `/api/v1/repair-requests/${request.id}/survey`, surveyBody(), as('engineer')),
      [409],
    );
    refused(
      await call(
        'POST',
        `/api/v1/repair-requests/${request.id}/arrival`,
        { at: new Date().toISOString() },
        as('engineer'),
      ),
      [409],
    );
    refused(
      await call(
        'POST',
        '/api/v1/work-orders',
        { repairRequestId: request.id, description: 'x' },
        as('front-desk'),
      ),
      [409],
    );
    const unsurveyed = await register();
    refused(
      await call(
        'POST',
        '/api/v1/work-orders',
        { repairRequestId: unsurveyed.id, description: 'x' },
        as('front-desk'),
      ),
      [409],
    );
    refused(
      await call(
        'POST',
        `/api/v1/repair-requests/${unsurveyed.id}/made-safe`,
        { at: new Date().toISOString() },
        as('engineer'),
      ),
      [409, 422],
    );
    expect(await snapshot('repair-requests', request.id)).toEqual(before);
    // a second work order for a surveyed request that has one
    const order = await openOrder();
    refused(
      await call(
        'POST',
        '/api/v1/work-orders',
        { repairRequestId: order.repairRequestId, description: 'x' },
        as('front-desk'),
      ),
      [409],
    );
    refused(
      await call(
        'POST',
        `/api/v1/repair-requests/${order.repairRequestId}/survey`,
        surveyBody(),
        as('engineer'),
      ),
      [409],
    );
  });

  it('bad input: a write retried with its Idempotency-Key returns the first answer and writes once; another body under the key is 409', async () => {
    const key = { 'idempotency-key': `mnt-probe-${Date.now()}` };
    const body = { ...repairRegistration(), description: '幂等探针' };
    const first = await call('POST', '/api/v1/repair-requests', body, as('front-desk'), key);
    const again = await call('POST', '/api/v1/repair-requests', body, as('front-desk'), key);
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.json.id).toBe(first.json.id);
    refused(
      await call(
        'POST',
        '/api/v1/repair-requests',
        { ...body, description: '另一个' },
        as('front-desk'),
        key,
      ),
      [409],
    );
    const list = (await call('GET', '/api/v1/repair-requests?limit=200')).json.items as {
      description: string;
    }[];
    expect(list.filter((r) => r.description === '幂等探针')).toHaveLength(1);

    const request = await surveyed();
    const orderKey = { 'idempotency-key': `mnt-probe-order-${Date.now()}` };
    const orderBody = { repairRequestId: request.id, description: '幂等派工' };
    const o1 = await call('POST', '/api/v1/work-orders', orderBody, as('front-desk'), orderKey);
    const o2 = await call('POST', '/api/v1/work-orders', orderBody, as('front-desk'), orderKey);
    expect([o1.status, o2.status, o2.json.id]).toEqual([201, 201, o1.json.id]);
    // without a key, the retry is refused as a state conflict and writes nothing
    refused(await call('POST', '/api/v1/work-orders', orderBody, as('front-desk')), [409]);

    const approveKey = { 'idempotency-key': `mnt-probe-approve-${Date.now()}` };
    const a1 = await call(
      'POST',
      `/api/v1/work-orders/${o1.json.id}/approve`,
      {},
      as('cs-manager'),
      approveKey,
    );
    const a2 = await call(
      'POST',
      `/api/v1/work-orders/${o1.json.id}/approve`,
      {},
      as('cs-manager'),
      approveKey,
    );
    expect([a1.status, a2.status]).toEqual([200, 200]);
    expect(a2.json).toEqual(a1.json);
    const history = (await call('GET', `/api/v1/work-orders/${o1.json.id}/history`)).json;
    refused(
      await call('POST', `/api/v1/work-orders/${o1.json.id}/approve`, {}, as('cs-manager')),
      [403, 409],
    );
    expect((await call('GET', `/api/v1/work-orders/${o1.json.id}/history`)).json).toEqual(history);
  });

  /** Probes whose answers are collected, so that one run names every misfit at once. */
  function collector() {
    const findings: unknown[] = [];
    return {
      findings,
      check(label: string, res: HttpResult, statuses: number[], field?: string) {
        const named = [
          ...((res.json?.errors ?? []) as { field: string }[]).map((e) => e.field),
          ...(typeof res.json?.field === 'string' ? [res.json.field as string] : []),
        ];
        const fieldOk =
          !field || named.some((f) => f === field || f.startsWith(`${field}.`) || f.startsWith(`${field}[`));
        const problem =
          res.status < 400 || /^application\/problem\+json/.test(res.headers.get('content-type') ?? '');
        if (!statuses.includes(res.status) || !fieldOk || !problem) {
          findings.push({ label, status: res.status, body: res.json ?? res.text });
        }
      },
    };
  }

  it('bad input: odd registrations, surveys and dispatches are refused naming the field', async () => {
    const c = collector();
    const reg = (label: string, o: Record<string, unknown>, statuses: number[], field?: string) =>
      call('POST', '/api/v1/repair-requests', { ...repairRegistration(), ...o }, as('front-desk')).then((r) =>
        c.check(label, r, statuses, field),
      );
    // A unit the replica does not know yet is taken on trust (decision 0082); one known elsewhere is refused.
    await reg('neither unit nor location', { location: undefined }, [400, 422]);
    await reg('emergency without its kind', { urgency: 'emergency' }, [400, 422], 'emergencyKind');
    await reg('phone of letters', { contactPhone: '１３８１２３４５６７８' }, [201, 400, 422]);
    // MNT-5: a trade named twice made single-trade work "multi-trade" (7 working days instead of 3).
    await reg('duplicate trades', { trades: ['electrical', 'electrical'] }, [400, 422], 'trades');
    await reg('null description', { description: null }, [400, 422], 'description');
    await reg('control chars', { description: '\u0000\u0001' }, [400, 422], 'description');
    await reg('object community', { communityId: { $ne: null } }, [400, 422], 'communityId');
    await reg('complaint id from outside', { complaintId: MISSING }, [400, 422], 'complaintId');
    await reg('source complaint', { source: 'complaint' }, [400, 422], 'source');
    for (const [label, body, type] of [
      ['malformed JSON', '{"communityId": ', 'application/json'],
      ['text body', 'hello', 'text/plain'],
    ] as const) {
      const res = await fetch(`${stack.gateway.url}/api/v1/repair-requests`, {
        method: 'POST',
        headers: { authorization: `Bearer ${as('front-desk')}`, 'content-type': type },
        body,
      });
      const text = await res.text();
      c.check(
        label,
        { status: res.status, headers: res.headers, json: safeJson(text), text } as never,
        [400, 415, 422],
      );
    }

    const request = await register();
    const survey = (label: string, o: Record<string, unknown>, statuses: number[], field?: string) =>
      call(
        'POST',
        `/api/v1/repair-requests/${request.id}/survey`,
        surveyBody(12_000, o),
        as('engineer'),
      ).then((r) => c.check(label, r, statuses, field));
    await survey('survey without offset', { surveyedAt: '2026-11-23T10:00:00' }, [400, 422], 'surveyedAt');
    await survey(
      'survey in the future',
      { surveyedAt: '2099-01-01T10:00:00+08:00' },
      [400, 422],
      'surveyedAt',
    );
    await survey('estimate 500 yuan without contractor', { estimateFen: 50_000 }, [422], 'participants');
    await survey(
      'contractor outside warranty',
      { responsibleParty: 'contractor' },
      [400, 422],
      'contractorName',
    );
    await survey(
      'under warranty without reason',
      { warrantyDecision: { underWarranty: true } },
      [400, 422],
      'warrantyDecision',
    );
    await survey(
      'participants not a list',
      { participants: { role: 'engineering' } },
      [400, 422],
      'participants',
    );
    await survey(
      'participants of 1000',
      { participants: Array.from({ length: 1000 }, () => ({ role: 'engineering', name: '孙工' })) },
      [400, 413, 422],
      'participants',
    );
    await survey(
      'contractor id unknown',
      { contractorId: MISSING, responsibleParty: 'contractor' },
      [400, 404, 422],
    );
    const step1 = (label: string, path: string, body: unknown, statuses: number[], field?: string) =>
      call('POST', `/api/v1/repair-requests/${request.id}/${path}`, body, as('engineer')).then((r) =>
        c.check(label, r, statuses, field),
      );
    await step1('arrival without offset', 'arrival', { at: '2026-11-23T10:00:00' }, [400, 422], 'at');
    await step1('arrival in the future', 'arrival', { at: '2099-11-23T10:00:00+08:00' }, [400, 422], 'at');
    await step1('made safe of a normal request', 'made-safe', { at: new Date().toISOString() }, [409, 422]);
    expect(c.findings).toEqual([]);
    const unchanged = await snapshot('repair-requests', request.id);
    expect((unchanged as any).entry.progress).toBe(request.progress);
  });

  it('MNT-5, MNT-6, MNT-7, MNT-9, MNT-13: odd amounts, dates and order steps on a work order are refused, never a 500', async () => {
    const c = collector();
    const order = await openOrder();
    const act = (
      label: string,
      id: string,
      action: string,
      body: unknown,
      role: Role,
      statuses: number[],
      field?: string,
    ) =>
      call('POST', `/api/v1/work-orders/${id}/${action}`, body, as(role)).then((r) =>
        c.check(label, r, statuses, field),
      );
    const consent = {
      customerName: '王先生',
      consentedAt: new Date().toISOString(),
      record: '电话录音 0912',
    };
    await act(
      'extend until the past',
      order.id,
      'extend',
      { until: '2020-01-01T18:00:00+08:00', consent },
      'front-desk',
      [400, 409, 422],
      'until',
    );
    await act(
      'extend until 2026-02-30',
      order.id,
      'extend',
      { until: '2026-02-30T18:00:00+08:00', consent },
      'front-desk',
      [400, 422],
      'until',
    );
    await act(
      'extend with consent in the future',
      order.id,
      'extend',
      {
        until: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        consent: { ...consent, consentedAt: '2099-01-01T00:00:00+08:00' },
      },
      'front-desk',
      [400, 422],
      'consent.consentedAt',
    );
    await act(
      'extend far future (decision 0226)',
      order.id,
      'extend',
      { until: '9999-12-31T18:00:00+08:00', consent },
      'front-desk',
      [400],
      'until',
    );
    await act('approve by the requester', order.id, 'approve', {}, 'front-desk', [403, 404]);
    await act(
      'dispatch to team without technician',
      order.id,
      'dispatch',
      { executor: 'team' },
      'dispatcher',
      [400, 409, 422],
    );
    await act(
      'dispatch to contractor without name',
      order.id,
      'dispatch',
      { executor: 'contractor' },
      'dispatcher',
      [400, 409, 422],
    );
    await act(
      'cancel with a huge reason',
      order.id,
      'cancel',
      { reason: LONG },
      'cs-manager',
      [400, 422],
      'reason',
    );

    // a type-C order with unknown, fractional or negative price lines
    const request = await surveyed();
    const create = (label: string, o: Record<string, unknown>, statuses: number[], field?: string) =>
      call(
        'POST',
        '/api/v1/work-orders',
        { repairRequestId: request.id, description: 'x', ...o },
        as('front-desk'),
      ).then((r) => c.check(label, r, statuses, field));
    await create(
      'price lines on a type-B order',
      { paidServices: [{ code: 'no-such', quantity: 1 }] },
      [400, 422],
      'paidServices',
    );
    await create(
      'fractional quantity',
      { paidServices: [{ code: 'x', quantity: 0.5 }] },
      [400, 409, 422],
      'paidServices',
    );
    await create(
      'negative quantity',
      { paidServices: [{ code: 'x', quantity: -1 }] },
      [400, 409, 422],
      'paidServices',
    );
    await create('huge estimate', { estimateFen: 1e20 }, [400, 422], 'estimateFen');
    await create('estimate as text', { estimateFen: '5000' }, [400, 422], 'estimateFen');
    const before = await snapshot('repair-requests', request.id);
    expect((before as any).entry.workOrderId ?? null).toBeNull();

    // through to settlement: review above the final account, above the reviewer's limit, an overdraw
    const done = await completed();
    await act(
      'settlement zero',
      done.id,
      'settlement',
      { finalAccountFen: 0 },
      'repair-lead',
      [400, 422],
      'finalAccountFen',
    );
    const big = await completed();
    await act(
      'huge final account',
      big.id,
      'settlement',
      { finalAccountFen: Number.MAX_SAFE_INTEGER },
      'repair-lead',
      [400, 422],
      'finalAccountFen',
    );
    await act(
      'final account above 20,000 yuan',
      big.id,
      'settlement',
      { finalAccountFen: 2_500_000 },
      'repair-lead',
      [200],
    );
    await act(
      'cs-manager reviews above 20,000 yuan',
      big.id,
      'settlement/review',
      { settledFen: 2_400_000 },
      'cs-manager',
      [403],
    );
    await act(
      'auditor settles above the account',
      big.id,
      'settlement/review',
      { settledFen: 9_000_000 },
      'auditor',
      [400, 422],
      'settledFen',
    );
    await act(
      'auditor settles above 20,000 yuan',
      big.id,
      'settlement/review',
      { settledFen: 2_400_000 },
      'auditor',
      [200],
    );
    expect(c.findings).toEqual([]);
    // MNT-13: the draw was paid; asking billing again is a state conflict and records nothing
    const paid = (await snapshot('work-orders', big.id)) as any;
    expect(paid.entry.settlement.fundDraw).toBe('drawn');
    for (const role of ['finance', 'repair-lead'] as const) {
      refused(await call('POST', `/api/v1/work-orders/${big.id}/settlement/pay`, {}, as(role)), [409]);
    }
    expect(await snapshot('work-orders', big.id)).toEqual(paid);
    // a settlement of 0 fen is refused naming the amount; the order still waits for its final account
    refused(
      await call(
        'POST',
        `/api/v1/work-orders/${done.id}/settlement/review`,
        { settledFen: 0 },
        as('cs-manager'),
      ),
      [400, 409, 422],
    );
    refused(await call('POST', `/api/v1/work-orders/${done.id}/settlement/pay`, {}, as('finance')), [409]);
    expect(((await snapshot('work-orders', done.id)) as any).entry.status).toBe('completed');
  });

  it('bad input: parallel retries with one Idempotency-Key write once; an action key reused with another body is 409', async () => {
    const key = { 'idempotency-key': `mnt-probe-par-${Date.now()}` };
    const body = { ...repairRegistration(), description: '并发幂等探针' };
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => call('POST', '/api/v1/repair-requests', body, as('front-desk'), key)),
    );
    const created = answers.filter((a) => a.status === 201);
    expect(answers.filter((a) => a.status >= 500)).toEqual([]);
    expect(new Set(created.map((a) => a.json.id)).size).toBe(1);
    const list = (await call('GET', '/api/v1/repair-requests?limit=200')).json.items as {
      description: string;
    }[];
    expect(list.filter((r) => r.description === '并发幂等探针')).toHaveLength(1);

    const order = await dispatched();
    const arriveKey = { 'idempotency-key': `mnt-probe-arr-${Date.now()}` };
    const arrivedAt = new Date().toISOString();
    const first = await call(
      'POST',
      `/api/v1/work-orders/${order.id}/arrival`,
      { arrivedAt },
      as('technician'),
      arriveKey,
    );
    expect(first.status).toBe(200);
    const other = await call(
      'POST',
      `/api/v1/work-orders/${order.id}/arrival`,
      { arrivedAt, note: '另一个' },
      as('technician'),
      arriveKey,
    );
    refused(other, [409, 422]);
    // concurrent approvals of a fresh order without a key: one succeeds, the other is refused, one history entry
    const fresh = await openOrder();
    const both = await Promise.all([
      call('POST', `/api/v1/work-orders/${fresh.id}/approve`, {}, as('cs-manager')),
      call('POST', `/api/v1/work-orders/${fresh.id}/approve`, {}, as('cs-manager')),
    ]);
    expect(both.map((b) => b.status).sort()).toEqual([200, 409]);
    const history = (await call('GET', `/api/v1/work-orders/${fresh.id}/history`)).json;
    expect(JSON.stringify(history).match(/approv/gi)?.length ?? 0).toBeGreaterThan(0);
    // concurrent registration of work orders for one request: one order
    const req = await surveyed();
    const orders = await Promise.all(
      Array.from({ length: 4 }, () =>
        call(
          'POST',
          '/api/v1/work-orders',
          { repairRequestId: req.id, description: '并发派工' },
          as('front-desk'),
        ),
      ),
    );
    expect(orders.filter((o) => o.status >= 500).map((o) => o.json)).toEqual([]);
    expect(orders.filter((o) => o.status === 201)).toHaveLength(1);
  });

  it('MNT-7, MNT-8, MNT-13: a started order is not cancelled; a failed check is not signed off; an overdraw is recorded, not a 500', async () => {
    const order = await dispatched();
    await step(order.id, 'arrival', { arrivedAt: new Date().toISOString() }, 'technician');
    refused(
      await call('POST', `/api/v1/work-orders/${order.id}/cancel`, { reason: '住户取消' }, as('cs-manager')),
      [409],
    );
    await step(order.id, 'work', { workDone: '更换', materials: [], photos: [] }, 'technician');
    await step(order.id, 'finish', {}, 'technician');
    await step(
      order.id,
      'check',
      { passed: false, inspectors: ['李娜'], itemsToFix: '灯罩未装' },
      'front-desk',
    );
    const failed = await snapshot('work-orders', order.id);
    refused(
      await call(
        'POST',
        `/api/v1/work-orders/${order.id}/sign-off`,
        { customerName: '王', satisfaction: 'satisfied' },
        as('front-desk'),
      ),
      [409, 422],
    );
    refused(
      await call(
        'POST',
        `/api/v1/work-orders/${order.id}/return-visit`,
        { method: 'phone', satisfaction: 'satisfied' },
        as('front-desk'),
      ),
      [409],
    );
    // MNT-8 (decision 0264): finished again only once the fix is recorded, 422 naming work
    refused(
      await call('POST', `/api/v1/work-orders/${order.id}/finish`, {}, as('technician')),
      [422],
      'work',
    );
    expect(await snapshot('work-orders', order.id)).toEqual(failed);
    await step(order.id, 'work', { workDone: '装回灯罩', materials: [], photos: [] }, 'technician');
    await step(order.id, 'finish', {}, 'technician');
    await step(order.id, 'check', { passed: true, inspectors: ['李娜'] }, 'front-desk');
    await step(order.id, 'sign-off', { customerName: '王先生', satisfaction: 'satisfied' }, 'front-desk');
    // MNT-13: more than the fund holds (100,000 yuan by default) is refused by billing and recorded
    await step(order.id, 'settlement', { finalAccountFen: 15_000_000 }, 'repair-lead');
    const settled = await call(
      'POST',
      `/api/v1/work-orders/${order.id}/settlement/review`,
      { settledFen: 15_000_000 },
      as('auditor'),
    );
    expect(settled.status).toBe(200);
    await eventually(async () => {
      const view = (await call('GET', `/api/v1/work-orders/${order.id}`)).json;
      expect(view.settlement.fundDraw).toBe('refused');
    });
    // a retry by hand asks billing again and stays refused: a 200, never a 500
    const retried = await call('POST', `/api/v1/work-orders/${order.id}/settlement/pay`, {}, as('finance'));
    expect({ status: retried.status, fundDraw: retried.json.settlement?.fundDraw }).toEqual({
      status: 200,
      fundDraw: 'refused',
    });
  });
});
