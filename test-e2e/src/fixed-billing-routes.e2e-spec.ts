import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Role } from '@pcs/contracts';
import { eventually, type HttpResult } from '@pcs/testing';
import { Stack } from './stack.js';

/*
 * A new user follows interfaces.md's fixed billing routes (decision 0205), every service a real
 * process: the unit's account, a contract deposit received at the cashier, a payment with the unit in
 * the body, and the unit's clearance. None of them is a 404 for a unit of the caller's.
 */
describe("interfaces.md's fixed billing routes, as a new user follows them (BIL-5, BIL-8, BIL-11)", () => {
  let stack: Stack;

  async function call(
    roles: Role[],
    method: string,
    path: string,
    init: { body?: unknown; key?: string; communities?: string[] } = {},
  ): Promise<HttpResult> {
    return stack.http(method, path, {
      token: await stack.token({ roles, communities: init.communities ?? ['GZ01'] }),
      ...(init.body === undefined ? {} : { body: init.body }),
      ...(init.key ? { headers: { 'Idempotency-Key': init.key } } : {}),
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

  it('reads the account, receives a contract deposit, takes a payment and answers the clearance, by the fixed names', async () => {
    // The property and the tenant, as residents registered them.
    await stack.createCommunity('GZ01', '锦绣花园');
    const building = ok(
      await call(['cs-manager'], 'POST', '/api/v1/communities/GZ01/buildings', {
        body: { code: '7', name: '7栋', floorsAboveGround: 26 },
      }),
      201,
    );
    const unit = ok(
      await call(['cs-manager'], 'POST', `/api/v1/buildings/${building.id}/units`, {
        body: { number: '1502', floor: 15, type: 'residence', grossAreaCentiM2: 9_630 },
      }),
      201,
    );
    const tenant = ok(
      await call(['front-desk'], 'POST', '/api/v1/people', {
        body: { communityId: 'GZ01', name: '林晓彤', phone: '13711223344' },
      }),
      201,
    );
    ok(
      await call(['front-desk'], 'POST', `/api/v1/units/${unit.id}/occupancies`, {
        body: { personId: tenant.id, role: 'tenant', startDate: '2026-09-01' },
      }),
      201,
    );

    // GET /units/{id}/account: once billing has heard of the unit, an empty account.
    const empty = await eventually(async () =>
      ok(await call(['front-desk'], 'GET', `/api/v1/units/${unit.id}/account`)),
    );
    expect(empty).toMatchObject({
      unitId: unit.id,
      owedFen: 0,
      creditFen: 0,
      bills: [],
      payments: [],
      deposits: [],
    });

    // POST /deposits: the tenant's contract deposit, by WeChat Pay, held at once with its YJ number.
    const depositBody = {
      unitId: unit.id,
      payerPersonId: tenant.id,
      kind: 'contract',
      amountFen: 600_000,
      method: 'wechat-pay',
      externalTransactionId: `4200${Date.now()}15`,
    };
    // (billing hears of the tenancy a moment after residents records it)
    const deposit = await eventually(async () =>
      ok(
        await call(['finance'], 'POST', '/api/v1/deposits', { body: depositBody, key: 'yj-7-1502-lease' }),
        201,
      ),
    );
    expect(deposit).toMatchObject({
      number: expect.stringMatching(/^YJ-GZ01-\d{4}-\d{6}$/),
      kind: 'contract',
      kindLabel: '合同押金',
      balanceFen: 600_000,
      status: 'held',
      statusLabel: '持有中',
    });
    // A retry after a lost answer gets the same deposit, not a second one.
    const retried = ok(
      await call(['finance'], 'POST', '/api/v1/deposits', { body: depositBody, key: 'yj-7-1502-lease' }),
      201,
    );
    expect(retried).toEqual(deposit);
    // A decoration deposit is asked for by its decoration, not received here (decision 0208).
    const decoration = await call(['finance'], 'POST', '/api/v1/deposits', {
      body: { ...depositBody, kind: 'decoration', externalTransactionId: `4200${Date.now()}16` },
      key: 'yj-7-1502-decoration',
    });
    expect(decoration.json).toMatchObject({
      status: 422,
      code: 'BUSINESS_RULE_VIOLATED',
      errors: [expect.objectContaining({ field: 'kind' })],
    });
    const noAmount = await call(['finance'], 'POST', '/api/v1/deposits', {
      body: { ...depositBody, amountFen: 0 },
      key: 'yj-7-1502-zero',
    });
    expect(noAmount.json).toMatchObject({
      status: 400,
      errors: [expect.objectContaining({ field: 'amountFen' })],
    });
    // The front desk reads accounts but does not take money.
    expect(
      (await call(['front-desk'], 'POST', '/api/v1/deposits', { body: depositBody, key: 'x-1' })).status,
    ).toBe(403);

    // POST /payments: the unit in the body; with nothing owed the money is the tenant's credit.
    const paymentBody = {
      unitId: unit.id,
      payerPersonId: tenant.id,
      method: 'cash',
      amountFen: 26_850,
    };
    const payment = ok(
      await call(['finance'], 'POST', '/api/v1/payments', { body: paymentBody, key: 'sj-7-1502-2026-12' }),
      201,
    );
    expect(payment).toMatchObject({
      receiptNumber: expect.stringMatching(/^SJ-GZ01-\d{4}-\d{6}$/),
      unitId: unit.id,
      amountFen: 26_850,
      allocatedFen: 0,
      creditFen: 26_850,
    });
    const paidAgain = ok(
      await call(['finance'], 'POST', '/api/v1/payments', { body: paymentBody, key: 'sj-7-1502-2026-12' }),
      201,
    );
    expect(paidAgain.receiptNumber).toBe(payment.receiptNumber);

    // The account shows both, the same as the statement; the clearance says the unit owes nothing.
    const account = ok(await call(['front-desk'], 'GET', `/api/v1/units/${unit.id}/account`));
    expect(account).toMatchObject({ owedFen: 0, creditFen: 26_850 });
    expect(account.deposits).toEqual([deposit]);
    expect(account.payments.map((p: { id: string }) => p.id)).toEqual([payment.id]);
    const statement = ok(await call(['front-desk'], 'GET', `/api/v1/units/${unit.id}/statement`));
    expect({ ...account, asOf: undefined }).toEqual({ ...statement, asOf: undefined });
    const clearance = ok(
      await call(['front-desk'], 'GET', `/api/v1/units/${unit.id}/clearance?payerPersonId=${tenant.id}`),
    );
    expect(clearance).toMatchObject({ unitId: unit.id, clear: true, totalOwedFen: 0, openItems: [] });
    const byQuery = ok(await call(['front-desk'], 'GET', `/api/v1/clearance?unitId=${unit.id}`));
    expect({ ...byQuery, asOf: undefined }).toEqual({ ...clearance, asOf: undefined });

    // GEN-5: staff of another community get 404 on all four, as on the richer routes.
    const outside = { communities: ['BN09'] };
    for (const [roles, method, path, body] of [
      [['finance'], 'GET', `/api/v1/units/${unit.id}/account`, undefined],
      [['finance'], 'GET', `/api/v1/units/${unit.id}/clearance`, undefined],
      [['finance'], 'POST', '/api/v1/payments', paymentBody],
      [
        ['finance'],
        'POST',
        '/api/v1/deposits',
        { ...depositBody, externalTransactionId: `4200${Date.now()}17` },
      ],
    ] as const) {
      const res = await call([...roles], method, path, {
        body,
        key: `outside-${method}-${path}`,
        ...outside,
      });
      expect({ path, status: res.status, code: res.json.code }).toEqual({
        path,
        status: 404,
        code: 'UNIT_NOT_FOUND',
      });
    }
  });
});
