import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PERMISSIONS } from '../src/auth/permissions.js';
import { BILLING_EXPORTS, BILLING_ROUTES } from './billing-routes.js';
import { staffToken, startGateway, type GatewayUnderTest } from './gateway-harness.js';
import { expectedPayload, pathOf, type ResidentsRoute } from './residents-routes.js';
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
      });
      expect(res.json).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
      expect([...new Set(res.json.errors.map((e: { field: string }) => e.field))]).toEqual(['amountFen']);
    }
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
