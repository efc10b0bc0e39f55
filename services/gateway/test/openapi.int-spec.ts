import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PERMISSIONS, type Permission } from '../src/auth/permissions.js';
import { staffToken, startGateway, type GatewayUnderTest } from './gateway-harness.js';
import { BILLING_EXPORTS, BILLING_ROUTES } from './billing-routes.js';
import { COMPLAINTS_EXPORTS, COMPLAINTS_ROUTES, DESK_ROUTES } from './complaints-routes.js';
import { MAINTENANCE_ROUTES } from './maintenance-routes.js';
import { pathOf, RESIDENTS_ROUTES } from './residents-routes.js';

const ID = '0190f1c2-7d3a-7c1e-9a2b-3c4d5e6f7a8b';
/** Committed so that tools and the generated client read it without a running gateway (decision 0071). */
const COMMITTED_DOCUMENT = path.resolve(import.meta.dirname, '../../../docs/openapi.json');
const METHODS = ['get', 'put', 'post', 'patch', 'delete'];

interface Response {
  headers?: Record<string, unknown>;
  content?: Record<string, { schema?: unknown }>;
}

interface Operation {
  operationId?: string;
  'x-permission': Permission;
  parameters?: { in: string; name: string; required?: boolean }[];
  responses: Record<string, Response>;
}

/** A valid request of every route, from the route tables the other gateway tests use. */
const SAMPLES: { method: string; template: string; path: string; body?: unknown }[] = [
  ...[...COMPLAINTS_ROUTES, ...DESK_ROUTES, ...COMPLAINTS_EXPORTS].map((r) => ({
    method: r.method,
    template: r.template,
    path: pathOf(r),
    body: r.body,
  })),
  ...[...RESIDENTS_ROUTES, ...MAINTENANCE_ROUTES, ...BILLING_ROUTES, ...BILLING_EXPORTS].map((r) => ({
    method: r.method,
    template: r.template,
    path: pathOf(r),
    body: r.body,
  })),
  ...(['dead-letters', 'outbox-events'] as const).flatMap((kind) => [
    { method: 'GET', template: `/api/v1/ops/{service}/${kind}`, path: `/api/v1/ops/complaints/${kind}` },
    ...(kind === 'dead-letters' ? ['replay', 'discard'] : ['retry', 'skip']).map((action) => ({
      method: 'POST',
      template: `/api/v1/ops/{service}/${kind}/{id}/${action}`,
      path: `/api/v1/ops/complaints/${kind}/${ID}/${action}`,
      body: { reason: '运维处理' },
    })),
  ]),
];

/** Every call of them is a new, logged view of personal data (GEN-4): never replayed, so no key. */
const NEVER_REPLAYED = ['POST /api/v1/people/{id}/reveal'];

/*
 * The OpenAPI document as a client generator reads it. The gateway runs with no service behind it,
 * so that which operations call the bus is seen, not assumed: those answer 503.
 */
describe('the OpenAPI document', () => {
  let gw: GatewayUnderTest;
  let document: { paths: Record<string, Record<string, Operation>> };
  let operations: { key: string; op: Operation }[];

  beforeAll(async () => {
    gw = await startGateway([]);
    document = (await gw.call('GET', '/api/docs-json')).json;
    const paths = document.paths;
    operations = Object.entries(paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([method]) => METHODS.includes(method))
        .map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, op })),
    );
  });

  afterAll(async () => {
    await gw?.close();
  });

  it('is committed as docs/openapi.json, up to date (run `npm run docs` after changing a route or a contract)', () => {
    expect(document).toEqual(JSON.parse(readFileSync(COMMITTED_DOCUMENT, 'utf8')));
  });

  it('gives every operation a unique operationId that says verb and object, like its handler', () => {
    const ids = operations.map(({ key, op }) => ({ key, id: op.operationId }));
    for (const { key, id } of ids)
      expect({ key, id }).toEqual({ key, id: expect.stringMatching(/^[a-z][A-Za-z]+$/) });
    const seen = new Set(ids.map((i) => i.id));
    expect(seen.size).toBe(ids.length);
  });

  it('declares every error response as problem details (application/problem+json)', () => {
    for (const { key, op } of operations) {
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) < 400) continue;
        expect({ key, status, content: response.content }).toEqual({
          key,
          status,
          content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
        });
      }
    }
  });

  it('declares 401 and 403 on every operation: each needs a signed-in caller with a permission', () => {
    for (const { key, op } of operations) {
      expect({ key, statuses: Object.keys(op.responses) }).toEqual({
        key,
        statuses: expect.arrayContaining(['401', '403']),
      });
    }
  });

  it('has a sample request of every operation', () => {
    expect(operations.map((o) => o.key).sort()).toEqual(
      SAMPLES.map((s) => `${s.method} ${s.template}`).sort(),
    );
  });

  it('declares 503 with Retry-After and 504 on every operation that calls the bus (with nothing running, they answer 503)', async () => {
    const answers: { key: string; status: number; retryAfter: string | null }[] = [];
    for (const sample of SAMPLES) {
      const key = `${sample.method} ${sample.template}`;
      const op = operations.find((o) => o.key === key)!.op;
      // A route that records money needs an Idempotency-Key (decision 0200): the sample sends one.
      const keyRequired = op.parameters?.some(
        (p) => p.in === 'header' && p.name === 'Idempotency-Key' && p.required,
      );
      const res = await gw.call(sample.method, sample.path, {
        token: await staffToken({ roles: [PERMISSIONS[op['x-permission']][0]!], communities: ['*'] }),
        body: sample.body,
        ...(keyRequired
          ? { headers: { 'idempotency-key': `sample-${key}`.replace(/[^\x21-\x7e]/g, '-') } }
          : {}),
      });
      answers.push({ key, status: res.status, retryAfter: res.headers.get('retry-after') });
      if (res.status === 503 || res.status === 504) {
        expect({ key, statuses: Object.keys(op.responses) }).toEqual({
          key,
          statuses: expect.arrayContaining(['503', '504']),
        });
        expect({ key, headers: Object.keys(op.responses['503']?.headers ?? {}) }).toEqual({
          key,
          headers: ['Retry-After'],
        });
      }
    }
    // The gateway keeps no data: every route forwards to a service. Anything else here would be a
    // sample that never reached the bus, and so proved nothing.
    expect(answers.filter((a) => a.status !== 503 || a.retryAfter !== '1')).toEqual([]);
  });

  it('documents the Idempotency-Key header on every write, since every write but a reveal honours it', () => {
    const writes = operations.filter(({ key }) => !key.startsWith('GET ') && !NEVER_REPLAYED.includes(key));
    expect(writes.length).toBeGreaterThan(0);
    for (const { key, op } of writes) {
      expect({ key, header: op.parameters?.find((p) => p.in === 'header')?.name }).toEqual({
        key,
        header: 'Idempotency-Key',
      });
      expect({ key, statuses: Object.keys(op.responses) }).toEqual({
        key,
        statuses: expect.arrayContaining(['409']),
      });
    }
    for (const key of NEVER_REPLAYED) {
      const op = operations.find((o) => o.key === key)!.op;
      expect(op.parameters?.some((p) => p.name === 'Idempotency-Key')).toBe(false);
    }
  });
});
