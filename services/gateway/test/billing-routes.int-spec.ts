import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '@pcs/contracts';
import { PERMISSIONS } from '../src/auth/permissions.js';
import { BILLING_EXPORTS, BILLING_ROUTES } from './billing-routes.js';
import { staffToken, startGateway, type GatewayUnderTest } from './gateway-harness.js';
import { expectedPayload, PATH_ID, pathOf, type ResidentsRoute } from './residents-routes.js';
import { stubBilling } from './stub-billing.js';
import { stubResidents } from './stub-residents.js';

const callerOf = (route: ResidentsRoute) =>
  staffToken({ roles: [PERMISSIONS[route.permission][0]!], communities: ['*'] });

describe('the billing routes', () => {
  let gw: GatewayUnderTest;

  beforeAll(async () => {
    // Residents names the unit on the statement PDF.
    gw = await startGateway([stubBilling, stubResidents]);
  });

  afterAll(async () => {
    await gw?.close();
  });

  for (const route of BILLING_ROUTES) {
    it(`${route.method} ${route.template} → ${route.sends.subject} (${route.status})`, async () => {
      const res = await gw.call(route.method, pathOf(route), {
        token: await callerOf(route),
        body: route.body,
        ...(route.headers ? { headers: route.headers } : {}),
      });
      expect(res.status).toBe(route.status);
      // The stub validated it with the subject's contract class: the path's id joins the body's fields.
      expect(res.json.subject).toBe(route.sends.subject);
      expect(res.json.payload).toEqual(expectedPayload(route));
    });
  }

  it('refuses negative or fractional fen with 400 naming the field, before billing is asked', async () => {
    const route = BILLING_ROUTES.find((r) => r.sends.subject === 'billing.payments.record')!;
    for (const amountFen of [-100, 10.5, '100']) {
      const res = await gw.call('POST', pathOf(route), {
        token: await callerOf(route),
        body: { ...route.body, amountFen },
        headers: route.headers!,
      });
      expect(res.json).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
      expect([...new Set(res.json.errors.map((e: { field: string }) => e.field))]).toEqual(['amountFen']);
    }
  });

  it('BIL-5: a payment without an Idempotency-Key is 400 naming the header, before billing is asked', async () => {
    const route = BILLING_ROUTES.find((r) => r.sends.subject === 'billing.payments.record')!;
    const res = await gw.call('POST', pathOf(route), { token: await callerOf(route), body: route.body });
    expect(res.json).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'Idempotency-Key', message: expect.stringContaining('required') }],
    });
    // With one it is recorded; the document says the header is required.
    const keyed = await gw.call('POST', pathOf(route), {
      token: await callerOf(route),
      body: route.body,
      headers: { 'idempotency-key': 'payment-bil-5-0001' },
    });
    expect(keyed.status).toBe(201);
    const document = (await gw.call('GET', '/api/docs-json')).json;
    expect(document.paths['/api/v1/units/{id}/payments'].post.parameters).toContainEqual(
      expect.objectContaining({ in: 'header', name: 'Idempotency-Key', required: true }),
    );
  });

  it('decisions 0248, 0255, 0356: credit refunds, credit notes, deposit deductions, quality-deposit receipts, fund top-ups and fund sizes without an Idempotency-Key are 400 naming the header', async () => {
    const document = (await gw.call('GET', '/api/docs-json')).json;
    for (const subject of [
      'billing.credit.refund',
      'billing.bills.credit-note',
      'billing.deposits.deduct',
      'billing.quality-deposits.receive',
      'billing.revolving-fund.replenish',
      'billing.revolving-fund.set-size',
    ]) {
      const route = BILLING_ROUTES.find((r) => r.sends.subject === subject);
      expect(route).toBeDefined();
      const res = await gw.call(route!.method, pathOf(route!), {
        token: await callerOf(route!),
        body: route!.body,
      });
      expect(res.json).toMatchObject({
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: [{ field: 'Idempotency-Key', message: expect.stringContaining('required') }],
      });
      expect(document.paths[route!.template][route!.method.toLowerCase()].parameters).toContainEqual(
        expect.objectContaining({ in: 'header', name: 'Idempotency-Key', required: true }),
      );
    }
  });

  describe("interfaces.md's fixed routes (decision 0205)", () => {
    const fixed = [
      'GET /api/v1/units/{id}/account',
      'POST /api/v1/payments',
      'POST /api/v1/deposits',
      'GET /api/v1/units/{id}/clearance',
    ].map((key) => BILLING_ROUTES.find((r) => `${r.method} ${r.template}` === key)!);
    const [, payments, deposits] = fixed;

    it('are all served', () => {
      expect(fixed.every(Boolean)).toBe(true);
    });

    // The permission table, row by row, for each of them: the role may call it, or it is 403.
    for (const route of fixed) {
      for (const role of Role.codes) {
        const may = (PERMISSIONS[route.permission] as readonly Role[]).includes(role);
        it(`${route.method} ${route.template}: ${role} ${may ? 'may' : 'may not'} call it (${route.permission})`, async () => {
          const res = await gw.call(route.method, pathOf(route), {
            token: await staffToken({ roles: [role], communities: ['GZ01'] }),
            body: route.body,
            ...(route.headers ? { headers: route.headers } : {}),
          });
          if (may) expect(res.status).toBe(route.status);
          else expect(res.json).toMatchObject({ status: 403, code: 'FORBIDDEN' });
        });
      }
    }

    it('GET units/{id}/account and units/{id}/clearance ask what statement and clearance?unitId= ask', async () => {
      const token = await staffToken({ roles: ['front-desk'], communities: ['GZ01'] });
      const statement = await gw.call('GET', `/api/v1/units/${PATH_ID}/statement`, { token });
      const account = await gw.call('GET', `/api/v1/units/${PATH_ID}/account`, { token });
      expect(account.status).toBe(200);
      expect(account.json.payload).toEqual(statement.json.payload);
      const byQuery = await gw.call('GET', `/api/v1/clearance?unitId=${PATH_ID}`, { token });
      const byPath = await gw.call('GET', `/api/v1/units/${PATH_ID}/clearance`, { token });
      expect(byPath.status).toBe(200);
      expect(byPath.json.payload).toEqual(byQuery.json.payload);
      for (const path of ['/api/v1/units/3-1201/clearance', '/api/v1/units/3-1201/account']) {
        const notAnId = await gw.call('GET', path, { token });
        expect(notAnId.json).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
      }
    });

    it('POST payments sends what POST units/{id}/payments sends, and likewise needs an Idempotency-Key', async () => {
      const token = await staffToken({ roles: ['finance'], communities: ['GZ01'] });
      const { unitId, ...body } = payments!.body!;
      const headers = { 'idempotency-key': 'pay-3-1201-2026-11' };
      const byPath = await gw.call('POST', `/api/v1/units/${String(unitId)}/payments`, {
        token,
        body,
        headers,
      });
      const byBody = await gw.call('POST', '/api/v1/payments', { token, body: { unitId, ...body }, headers });
      expect(byBody.status).toBe(201);
      expect(byBody.json.payload).toEqual(byPath.json.payload);
      expect(byBody.json.ctx).toMatchObject({ idempotencyKey: 'pay-3-1201-2026-11' });
      const noUnit = await gw.call('POST', '/api/v1/payments', { token, body, headers });
      expect(noUnit.json).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
      expect(noUnit.json.errors.map((e: { field: string }) => e.field)).toEqual(['unitId']);
      // Whatever one payment route requires, the other does (they share their decorators).
      const unkeyed = [
        await gw.call('POST', `/api/v1/units/${String(unitId)}/payments`, { token, body }),
        await gw.call('POST', '/api/v1/payments', { token, body: { unitId, ...body } }),
      ];
      expect(unkeyed[1]!.status).toBe(unkeyed[0]!.status);
      expect(unkeyed[1]!.json.code).toBe(unkeyed[0]!.json.code);
    });

    it('POST deposits: 400 naming each bad field, before billing is asked; the Idempotency-Key reaches billing', async () => {
      const token = await staffToken({ roles: ['finance'], communities: ['GZ01'] });
      const headers = deposits!.headers!;
      const fieldsOf = async (body: Record<string, unknown>) => {
        const res = await gw.call('POST', '/api/v1/deposits', { token, body, headers });
        expect(res.json).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
        return [...new Set(res.json.errors.map((e: { field: string }) => e.field))];
      };
      const { externalTransactionId: _, ...withoutTransaction } = deposits!.body!;
      expect(await fieldsOf(withoutTransaction)).toEqual(['externalTransactionId']);
      expect(await fieldsOf({ ...deposits!.body, kind: 'rent' })).toEqual(['kind']);
      for (const amountFen of [0, -100, 10.5, '100'])
        expect(await fieldsOf({ ...deposits!.body, amountFen })).toEqual(['amountFen']);
      expect(await fieldsOf({ ...deposits!.body, method: 'cheque' })).toEqual(['method']);
      expect(await fieldsOf({ ...deposits!.body, unitId: '3-1201' })).toEqual(['unitId']);
      expect(await fieldsOf({ ...deposits!.body, payerPersonId: undefined })).toEqual(['payerPersonId']);
      expect(await fieldsOf({ ...deposits!.body, receivedAt: '2026-11-25 10:30' })).toEqual(['receivedAt']);
      // Cash needs no transaction id.
      const cash = await gw.call('POST', '/api/v1/deposits', {
        token,
        body: { ...withoutTransaction, method: 'cash' },
        headers: { 'idempotency-key': 'deposit-3-1201-contract' },
      });
      expect(cash.status).toBe(201);
      expect(cash.json).toMatchObject({
        subject: 'billing.deposits.receive',
        ctx: { idempotencyKey: 'deposit-3-1201-contract' },
      });
      // Money received needs an Idempotency-Key, as a payment does (decision 0200).
      const unkeyed = await gw.call('POST', '/api/v1/deposits', { token, body: deposits!.body });
      expect(unkeyed.json).toMatchObject({
        status: 400,
        errors: [expect.objectContaining({ field: 'Idempotency-Key' })],
      });
    });
  });

  for (const route of BILLING_EXPORTS) {
    it(`BIL-4, BIL-5: ${route.method} ${route.template} → ${route.sends.subject} as a file`, async () => {
      const res = await gw.call(route.method, pathOf(route), { token: await callerOf(route) });
      expect(res.status).toBe(200);
      if (route.template.endsWith('.pdf')) {
        expect(res.headers.get('content-type')).toBe('application/pdf');
        expect(res.text.startsWith('%PDF-')).toBe(true);
        return; // statement-pdf.spec.ts reads the text back
      }
      if (route.template.endsWith('.xlsx')) {
        expect(res.headers.get('content-type')).toBe(
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        );
        return; // billing-xlsx.spec.ts reads a workbook back
      }
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      // (fetch's text() drops the BOM; billing-csv.spec.ts checks it is there)
      expect(res.text.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^(账单编号|小区),/);
    });
  }
});
