import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role, validatePayload } from '@pcs/contracts';
import { isAllowed, PERMISSIONS } from '../src/auth/permissions.js';
import { BILLING_EXPORTS, BILLING_ROUTES } from './billing-routes.js';
import { COMPLAINTS_EXPORTS, COMPLAINTS_ROUTES, DESK_ROUTES } from './complaints-routes.js';
import { MAINTENANCE_ROUTES } from './maintenance-routes.js';
import { staffToken, startGateway, type GatewayUnderTest } from './gateway-harness.js';
import {
  expectedPayload,
  pathOf,
  PATH_ID,
  RESIDENTS_ROUTES,
  takesCommunityCode,
  type ResidentsRoute,
} from './residents-routes.js';
import { calendarDays, moveOutDetails, unitDetails } from './residents-samples.js';
import {
  MISSING_UNIT_ID,
  OCCUPIED_UNIT_ID,
  OPEN_ITEMS,
  RATE_LIMITED_PHONE,
  stubResidents,
  UNIT_IN_ARREARS_ID,
} from './stub-residents.js';

/** A caller who holds the route's permission (the first role of its row), in every community. */
const callerOf = (route: ResidentsRoute) =>
  staffToken({ roles: [PERMISSIONS[route.permission][0]!], communities: ['*'] });

const routeAt = (method: string, template: string): ResidentsRoute => {
  const route = RESIDENTS_ROUTES.find((r) => r.method === method && r.template === template);
  if (!route) throw new Error(`no sample for ${method} ${template}`);
  return route;
};

/** A body with the first field missing (when there are several), the last of a wrong type, and an unknown one. */
function spoil(body: Record<string, unknown>): Record<string, unknown> {
  const fields = Object.keys(body);
  const last = fields.at(-1)!;
  const spoilt: Record<string, unknown> = {
    ...body,
    [last]: typeof body[last] === 'boolean' ? 'yes' : true,
    unexpected: 1,
  };
  if (fields.length > 1) delete spoilt[fields[0]!];
  return spoilt;
}

const fieldsOf = (errors: { field: string }[]) => errors.map((e) => e.field);

describe('the residents routes', () => {
  let gw: GatewayUnderTest;

  beforeAll(async () => {
    gw = await startGateway([stubResidents]);
  });

  afterAll(async () => {
    await gw?.close();
  });

  describe('each route sends its command or query to the residents service', () => {
    for (const route of RESIDENTS_ROUTES) {
      it(`${route.method} ${route.template} → ${route.sends.subject} (${route.status})`, async () => {
        const res = await gw.call(route.method, pathOf(route), {
          token: await callerOf(route),
          body: route.body,
        });
        expect(res.status).toBe(route.status);
        // The stub validated it with the subject's contract class and echoes it: the path's id is in
        // the command, next to the body's fields, and nothing else is.
        expect(res.json.subject).toBe(route.sends.subject);
        expect(res.json.payload).toEqual(expectedPayload(route));
      });
    }
  });

  describe('path parameters', () => {
    it('refuses a malformed id or community code with 400 naming `id`', async () => {
      for (const route of RESIDENTS_ROUTES.filter((r) => r.template.includes('{id}'))) {
        const code = takesCommunityCode(route);
        const res = await gw.call(route.method, pathOf(route, code ? 'gz-01' : 'not-a-uuid'), {
          token: await callerOf(route),
          body: route.body,
        });
        expect({ route: route.template, status: res.status, errors: res.json.errors }).toEqual({
          route: route.template,
          status: 400,
          errors: [
            { field: 'id', message: code ? 'id must be a community code such as GZ01' : 'id must be a UUID' },
          ],
        });
        expect(res.headers.get('content-type')).toContain('application/problem+json');
      }
    });

    it('GEN-1: takes the calendar year as a whole number from 2000 to 2100', async () => {
      const route = routeAt('GET', '/api/v1/calendar/{year}');
      const token = await callerOf(route);
      const cases = {
        abc: 'year must be an integer number',
        '2026.5': 'year must be an integer number',
        '0x7EA': 'year must be an integer number',
        '1999': 'year must not be less than 2000',
        '2101': 'year must not be greater than 2100',
      };
      for (const [year, message] of Object.entries(cases)) {
        const res = await gw.call('GET', `/api/v1/calendar/${year}`, { token });
        expect({ year, status: res.status, fields: [...new Set(fieldsOf(res.json.errors))] }).toEqual({
          year,
          status: 400,
          fields: ['year'],
        });
        expect(res.json.errors).toContainEqual({ field: 'year', message });
      }
      const set = await gw.call('PUT', '/api/v1/calendar/2027', {
        token: await callerOf(routeAt('PUT', '/api/v1/calendar/{year}')),
        body: calendarDays(),
      });
      expect(set.json.payload.year).toBe(2027);
    });
  });

  describe('bodies', () => {
    it("answers missing, mistyped and unknown fields with the contract's own field errors (400)", async () => {
      for (const route of RESIDENTS_ROUTES.filter((r) => r.bodyClass)) {
        const body = spoil(route.body!);
        const contract = validatePayload(route.bodyClass!, body);
        if (contract.ok) throw new Error(`the spoilt body of ${route.template} is valid`);
        expect(fieldsOf(contract.errors)).toContain('unexpected');
        const res = await gw.call(route.method, pathOf(route), { token: await callerOf(route), body });
        expect({
          route: route.template,
          status: res.status,
          code: res.json.code,
          errors: res.json.errors,
        }).toEqual({
          route: route.template,
          status: 400,
          code: 'VALIDATION_FAILED',
          errors: contract.errors,
        });
      }
    });

    it('names nested fields and every failed rule', async () => {
      const route = routeAt('POST', '/api/v1/buildings/{id}/units');
      const { number: _number, ...rest } = unitDetails();
      const res = await gw.call('POST', pathOf(route), {
        token: await callerOf(route),
        body: { ...rest, floor: '12', type: 'villa', grossAreaCentiM2: 0 },
      });
      expect(res.status).toBe(400);
      expect(res.json.errors).toEqual([
        { field: 'number', message: 'number is required' },
        { field: 'floor', message: 'floor must not be greater than 200' },
        { field: 'floor', message: 'floor must not be less than -20' },
        { field: 'floor', message: 'floor must be an integer number' },
        { field: 'type', message: expect.stringContaining('type must be one of the following values') },
        { field: 'grossAreaCentiM2', message: 'grossAreaCentiM2 must not be less than 1' },
      ]);
      const keys = await gw.call('POST', `/api/v1/move-ins/${PATH_ID}/keys`, {
        token: await callerOf(routeAt('POST', '/api/v1/move-ins/{id}/keys')),
        body: {
          keys: [
            { kind: 'door-key', count: 3 },
            { kind: 'door-key', count: 0 },
          ],
        },
      });
      expect(keys.json.errors).toEqual([
        { field: 'keys[1].count', message: 'count must not be less than 1' },
      ]);
    });

    it('refuses a body that repeats an id the path already carries', async () => {
      for (const route of RESIDENTS_ROUTES.filter((r) => r.bodyClass && r.fromPath)) {
        const res = await gw.call(route.method, pathOf(route), {
          token: await callerOf(route),
          body: { ...route.body, ...route.fromPath },
        });
        expect({
          route: route.template,
          status: res.status,
          fields: fieldsOf(res.json.errors ?? []),
        }).toEqual({
          route: route.template,
          status: 400,
          fields: Object.keys(route.fromPath!),
        });
      }
    });

    it('takes no body on actions without input, or an empty one', async () => {
      for (const route of RESIDENTS_ROUTES.filter((r) => r.method === 'POST' && !r.bodyClass)) {
        const token = await callerOf(route);
        expect((await gw.call('POST', pathOf(route), { token, body: {} })).status).toBe(200);
        const res = await gw.call('POST', pathOf(route), { token, body: { reason: '业主要求' } });
        expect({ route: route.template, status: res.status, errors: res.json.errors }).toEqual({
          route: route.template,
          status: 400,
          errors: [{ field: 'reason', message: 'property reason should not exist' }],
        });
        for (const raw of ['[]', 'null']) {
          const refused = await gw.call('POST', pathOf(route), { token, raw });
          expect(refused.json).toMatchObject({ status: 400, errors: [{ field: '' }] });
        }
      }
    });
  });

  describe('lists', () => {
    const list = async (path: string) =>
      gw.call('GET', path, { token: await staffToken({ roles: ['cs-manager'], communities: ['*'] }) });

    it('converts `limit` to a number and passes the cursor and filters on', async () => {
      const res = await list('/api/v1/units?limit=200&cursor=opaque-cursor-1&type=parking');
      expect(res.status).toBe(200);
      expect(res.json.payload).toEqual({ limit: 200, cursor: 'opaque-cursor-1', type: 'parking' });
      const log = await list(
        '/api/v1/personal-data-access-log?from=2026-11-01T00%3A00%3A00%2B08%3A00&limit=5',
      );
      expect(log.json.payload).toEqual({ from: '2026-11-01T00:00:00+08:00', limit: 5 });
    });

    it('refuses bad query parameters with 400 naming them', async () => {
      const cases: [string, string[]][] = [
        ['/api/v1/units?limit=201', ['limit']],
        ['/api/v1/units?limit=0', ['limit']],
        ['/api/v1/units?limit=ten', ['limit']],
        ['/api/v1/units?status=sold', ['status']],
        ['/api/v1/units?buildingId=3', ['buildingId']],
        ['/api/v1/units?communityId=gz01', ['communityId']],
        ['/api/v1/units?colour=red', ['colour']],
        ['/api/v1/decorations?status=draft&status=approved', ['status']],
        ['/api/v1/file-access-requests?status=lost', ['status']],
        ['/api/v1/personal-data-access-log?from=yesterday', ['from']],
        // GEN-4: no listing of everybody: a name, phone or unit is required.
        ['/api/v1/people', ['name']],
        ['/api/v1/people?phone=12345', ['phone']],
        // The path carries the community; the query may not name another.
        ['/api/v1/communities/GZ01/buildings?communityId=GZ02', ['communityId']],
      ];
      for (const [path, fields] of cases) {
        const res = await list(path);
        expect({ path, status: res.status, fields: [...new Set(fieldsOf(res.json.errors ?? []))] }).toEqual({
          path,
          status: 400,
          fields,
        });
      }
    });
  });

  describe('the call to the service', () => {
    it('carries the Idempotency-Key, the correlation id and the verified actor', async () => {
      const route = routeAt('POST', '/api/v1/units/{id}/move-ins');
      const res = await gw.call('POST', pathOf(route), {
        token: await staffToken({ roles: ['cs-supervisor'], communities: ['GZ01', 'GZ02'] }),
        body: route.body,
        headers: { 'idempotency-key': 'move-in-7d0f6c3e', 'x-correlation-id': 'corr-move-in-0001' },
      });
      expect(res.status).toBe(201);
      expect(res.json.ctx).toEqual({
        correlationId: 'corr-move-in-0001',
        idempotencyKey: 'move-in-7d0f6c3e',
        // When the gateway stops waiting, in the service's own clock (decision 0374).
        deadlineAt: expect.any(Number),
        // The actor the service verified, and the signed form it would pass on to another service.
        actorToken: expect.any(String),
        actor: {
          sub: 'staff-0001',
          name: '李娜',
          companyId: 'HRX',
          roles: ['cs-supervisor'],
          communities: ['GZ01', 'GZ02'],
        },
      });
    });

    it('RES-6: passes a refused move-out on as 422 with the open items owed', async () => {
      const res = await gw.call('POST', `/api/v1/units/${UNIT_IN_ARREARS_ID}/move-outs`, {
        token: await staffToken(),
        body: moveOutDetails(),
      });
      expect(res.status).toBe(422);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.json).toMatchObject({
        status: 422,
        code: 'MOVE_OUT_BLOCKED_BY_ARREARS',
        title: '存在欠费，不能办理迁出',
        openItems: OPEN_ITEMS,
      });
    });

    it("GEN-4 (decision 0279): a unit's occupants are shown only to roles that read people", async () => {
      for (const role of Role.codes.filter((r) => isAllowed('structure.read', [r]))) {
        const token = await staffToken({ roles: [role] });
        const one = await gw.call('GET', `/api/v1/units/${OCCUPIED_UNIT_ID}`, { token });
        const page = await gw.call('GET', '/api/v1/units?communityId=GZ01&address=9-0909', { token });
        expect([one.status, page.status]).toEqual([200, 200]);
        const shown = isAllowed('people.read', [role]);
        expect({ role, one: 'occupants' in one.json, listed: 'occupants' in page.json.items[0] }).toEqual({
          role,
          one: shown,
          listed: shown,
        });
        expect(one.json).toMatchObject({ label: '9栋0909', status: 'occupied' });
        if (!shown) expect(JSON.stringify([one.json, page.json])).not.toContain('黄伟');
      }
    });

    it('GEN-4 (decision 0283): a search refused as one number too many in the minute is 429 with Retry-After', async () => {
      const res = await gw.call('GET', `/api/v1/people?phone=${RATE_LIMITED_PHONE}`, {
        token: await staffToken(),
      });
      expect(res.status).toBe(429);
      expect(res.headers.get('retry-after')).toBe('17');
      expect(res.json).toMatchObject({ status: 429, code: 'RATE_LIMITED', retryAfterSeconds: 17 });
    });

    it('decision 0282: move-outs are read by every role that reads move-ins (security lets the removal through)', async () => {
      for (const role of ['security', 'deputy-gm', 'gm', 'auditor'] as const) {
        const token = await staffToken({ roles: [role] });
        const res = await gw.call('GET', '/api/v1/move-outs?communityId=GZ01', { token });
        expect({ role, status: res.status }).toEqual({ role, status: 200 });
      }
      expect([...PERMISSIONS['move-outs.read']].sort()).toEqual([...PERMISSIONS['move-ins.read']].sort());
    });

    it('answers a record the service does not find (or the caller may not see) with its own 404', async () => {
      const res = await gw.call('GET', `/api/v1/units/${MISSING_UNIT_ID}`, { token: await staffToken() });
      expect(res.json).toMatchObject({ status: 404, code: 'UNIT_NOT_FOUND', title: '房屋不存在' });
    });
  });

  describe('the OpenAPI document', () => {
    type Operation = Record<string, any>;
    let paths: Record<string, Record<string, Operation>>;

    beforeAll(async () => {
      paths = (await gw.call('GET', '/api/docs-json')).json.paths;
    });

    it('lists exactly these routes besides the complaints, maintenance and billing services’ and the operators’ ones', () => {
      const others = new Set(
        [
          ...BILLING_ROUTES,
          ...BILLING_EXPORTS,
          ...MAINTENANCE_ROUTES,
          ...COMPLAINTS_ROUTES,
          ...COMPLAINTS_EXPORTS,
          ...DESK_ROUTES,
        ].map((r) => `${r.method} ${r.template}`),
      );
      const documented = Object.entries(paths)
        .filter(
          ([path]) =>
            !path.startsWith('/api/v1/complaints') &&
            !path.startsWith('/api/v1/shift-handovers') &&
            !path.startsWith('/api/v1/ops/'),
        )
        .flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`))
        .filter((route) => !others.has(route));
      expect(documented.sort()).toEqual(RESIDENTS_ROUTES.map((r) => `${r.method} ${r.template}`).sort());
    });

    it('names the permission and roles, a Chinese tag, a bilingual summary citing the rule, and the schemas', () => {
      for (const route of RESIDENTS_ROUTES) {
        const op = paths[route.template]![route.method.toLowerCase()]!;
        const json = (status: number) =>
          op['responses'][String(status)]?.content?.['application/json']?.schema;
        const problem = (status: number) =>
          op['responses'][String(status)]?.content?.['application/problem+json']?.schema;
        expect({ route: route.template, permission: op['x-permission'], roles: op['x-roles'] }).toEqual({
          route: route.template,
          permission: route.permission,
          roles: PERMISSIONS[route.permission],
        });
        expect(op['tags'][0]).toMatch(/^\p{Script=Han}+ [a-z -]+$/u);
        expect(op['summary']).toMatch(
          /^\p{Script=Han}.* [A-Z][^\p{Script=Han}]+ \((RES|GEN|BIL)-\d+(, (RES|GEN|BIL)-\d+)*\)$/u,
        );
        if (route.bodyClass) {
          expect(op['requestBody'].content['application/json'].schema).toEqual({
            $ref: `#/components/schemas/${route.bodyClass.name}`,
          });
        }
        expect(json(route.status)).toBeDefined();
        for (const status of [400, 401, 403, 503, 504]) {
          expect(problem(status)).toEqual({ $ref: '#/components/schemas/Problem' });
        }
        const pathParams = (op['parameters'] as { in: string; name: string }[]).filter(
          (p) => p.in === 'path',
        );
        expect(pathParams.map((p) => p.name)).toEqual(
          [...route.template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]),
        );
        if (route.status === 201) {
          expect(op['parameters']).toContainEqual(
            expect.objectContaining({ in: 'header', name: 'Idempotency-Key' }),
          );
        }
      }
    });

    it('documents lists as pages with their query parameters', () => {
      const lists = RESIDENTS_ROUTES.filter((r) => /\.(list|search)$/.test(r.sends.subject));
      expect(lists).toHaveLength(11);
      for (const route of lists) {
        const op = paths[route.template]!['get']!;
        const page = op['responses']['200'].content['application/json'].schema;
        expect(page).toMatchObject({
          type: 'object',
          required: ['items'],
          properties: {
            items: { type: 'array', items: { $ref: expect.any(String) } },
            nextCursor: { type: 'string' },
          },
        });
        const query = op['parameters'].filter((p: { in: string }) => p.in === 'query');
        expect(query).toContainEqual({
          name: 'limit',
          in: 'query',
          required: false,
          schema: { type: 'integer', minimum: 1, maximum: 200 },
        });
        expect(query.map((p: { name: string }) => p.name)).toContain('cursor');
      }
    });
  });
});
