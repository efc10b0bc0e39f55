import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '@pcs/contracts';
import { PERMISSIONS, type Permission } from '../src/auth/permissions.js';
import { staffToken, startGateway, type GatewayUnderTest } from './gateway-harness.js';
import { BILLING_ROUTES } from './billing-routes.js';
import { COMPLAINTS_ROUTES, DESK_ROUTES } from './complaints-routes.js';
import { MAINTENANCE_ROUTES } from './maintenance-routes.js';
import { pathOf, RESIDENTS_ROUTES } from './residents-routes.js';
import { stubBilling } from './stub-billing.js';
import { stubComplaints } from './stub-complaints.js';
import { stubMaintenance } from './stub-maintenance.js';
import { stubResidents } from './stub-residents.js';

interface Sample {
  method: string;
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** One request per permission: the first complaints, residents, maintenance or billing route of each row. */
const samples: Partial<Record<Permission, Sample>> = {
  'platform.operate': { method: 'GET', path: '/api/v1/ops/complaints/dead-letters' },
};
for (const route of [
  ...COMPLAINTS_ROUTES,
  ...DESK_ROUTES,
  ...RESIDENTS_ROUTES,
  ...MAINTENANCE_ROUTES,
  ...BILLING_ROUTES,
]) {
  samples[route.permission] ??= {
    method: route.method,
    path: pathOf(route),
    body: route.body,
    ...(route.headers ? { headers: route.headers } : {}),
  };
}

describe('the permission table, row by row', () => {
  let gw: GatewayUnderTest;

  beforeAll(async () => {
    gw = await startGateway([stubBilling, stubComplaints, stubResidents, stubMaintenance]);
  });

  afterAll(async () => {
    await gw?.close();
  });

  it('covers every permission with a sample request', () => {
    expect(Object.keys(samples).sort()).toEqual(Object.keys(PERMISSIONS).sort());
  });

  for (const [permission, allowed] of Object.entries(PERMISSIONS) as [Permission, readonly Role[]][]) {
    for (const role of Role.codes) {
      const may = allowed.includes(role);
      it(`${permission}: ${role} ${may ? 'may' : 'may not'} call it`, async () => {
        const { method, path, body, headers } = samples[permission]!;
        const res = await gw.call(method, path, {
          token: await staffToken({ roles: [role] }),
          body,
          ...(headers ? { headers } : {}),
        });
        if (may) expect([200, 201]).toContain(res.status);
        else expect(res.json).toMatchObject({ status: 403, code: 'FORBIDDEN' });
      });
    }
  }
});
