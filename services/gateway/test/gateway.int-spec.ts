import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@pcs/contracts';
import { signStaffToken } from '@pcs/platform';
import { complaintRegistration, type HttpCall } from '@pcs/testing';
import { SignJWT } from 'jose';
import { PERMISSIONS, type Permission } from '../src/auth/permissions.js';
import { SECRET, staffToken as token, startGateway, type GatewayUnderTest } from './gateway-harness.js';
import { FAILING_ID, HANGING_ID, MISSING_ID, stubComplaints } from './stub-complaints.js';

const ID = '0190f1c2-7d3a-7c1e-9a2b-3c4d5e6f7a8b';

/*
 * The gateway's own behaviour, shown on the complaints routes. The permission table row by row is in
 * permissions.int-spec.ts, the residents routes in residents-routes.int-spec.ts.
 */
describe('gateway', () => {
  let gw: GatewayUnderTest;

  const call = (method: string, path: string, init: HttpCall = {}) => gw.call(method, path, init);

  beforeAll(async () => {
    gw = await startGateway([stubComplaints]);
  });

  afterAll(async () => {
    await gw?.close();
  });

  describe('health, metrics and documents', () => {
    it('answers liveness and readiness without a token', async () => {
      expect((await call('GET', '/health/live')).status).toBe(200);
      const ready = await call('GET', '/health/ready');
      expect(ready.status).toBe(200);
      expect(ready.json).toEqual({ status: 'ok', checks: { nats: 'up', lifecycle: 'up' } });
    });

    it('tells the console without a token how staff sign in: here, the development sign-in', async () => {
      const signIn = await call('GET', '/console/sign-in');
      expect(signIn.status).toBe(200);
      expect(signIn.json).toEqual({ mode: 'development' });
    });

    it('serves Prometheus metrics with request counts by route template', async () => {
      await call('GET', `/api/v1/complaints/${ID}`, { token: await token() });
      const metrics = await call('GET', '/metrics');
      expect(metrics.status).toBe(200);
      expect(metrics.text).toContain(
        'pcs_http_requests_total{method="GET",route="/api/v1/complaints/:id",status="200"',
      );
      expect(metrics.text).toContain('pcs_rpc_calls_total{subject="complaints.get",outcome="ok"');
    });

    it('counts bus calls and the requests served by subject and outcome, on both sides, and times them', async () => {
      const count = (text: string, name: string, labels: string) =>
        Number(new RegExp(`^${name}\\{${labels}[^}]*\\} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
      const scrape = async () => ({
        gateway: (await call('GET', '/metrics')).text,
        service: await (await fetch(`${gw.stubs[0]!.url}/metrics`)).text(),
      });
      const before = await scrape();
      const staff = await token();
      await call('GET', `/api/v1/complaints/${ID}`, { token: staff });
      await call('GET', `/api/v1/complaints/${MISSING_ID}`, { token: staff });
      await call('GET', `/api/v1/complaints/${FAILING_ID}`, { token: staff });
      const after = await scrape();
      for (const [side, name] of [
        ['gateway', 'pcs_rpc_calls_total'],
        ['service', 'pcs_rpc_served_total'],
      ] as const) {
        for (const outcome of ['ok', 'COMPLAINT_NOT_FOUND', 'INTERNAL']) {
          const labels = `subject="complaints.get",outcome="${outcome}"`;
          const more = count(after[side], name, labels) - count(before[side], name, labels);
          expect({ side, outcome, more }).toEqual({ side, outcome, more: 1 });
        }
      }
      const timed = (text: string, name: string) => count(text, name, 'subject="complaints.get"');
      expect(timed(after.gateway, 'pcs_rpc_call_duration_seconds_count')).toBeGreaterThanOrEqual(3);
      expect(timed(after.service, 'pcs_rpc_served_duration_seconds_count')).toBeGreaterThanOrEqual(3);
    });

    it('counts and times every kind of request: API, probe, HEAD, console, unmatched; none is left in flight', async () => {
      const count = (text: string, labels: string) =>
        Number(new RegExp(`^pcs_http_requests_total\\{${labels}[^}]*\\} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
      const before = (await call('GET', '/metrics')).text;
      await call('GET', `/api/v1/complaints/${ID}`, { token: await token() });
      await call('GET', `/api/v1/complaints/${ID}`);
      await call('GET', '/health/live');
      await call('HEAD', '/health/live');
      await call('GET', '/no/such/route');
      await call('GET', '/console/sign-in');
      const after = (await call('GET', '/metrics')).text;
      for (const [labels, more] of [
        ['method="GET",route="/api/v1/complaints/:id",status="200"', 1],
        ['method="GET",route="/api/v1/complaints/:id",status="401"', 1],
        ['method="GET",route="/health/live",status="200"', 1],
        ['method="HEAD",route="/health/live",status="200"', 1],
        ['method="GET",route="unmatched",status="404"', 1],
        ['method="GET",route="/console/sign-in",status="200"', 1],
      ] as const) {
        expect({ labels, more: count(after, labels) - count(before, labels) }).toEqual({ labels, more });
      }
      expect(after).toMatch(
        /^pcs_http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/complaints\/:id"[^}]*\} \d+$/m,
      );
      expect(after).toMatch(/^pcs_http_in_flight\{[^}]*\} 0$/m);
    });

    it('takes a request the client abandons out of the in-flight gauge, and only once', async () => {
      const inFlight = async () =>
        Number(/^pcs_http_in_flight\{[^}]*\} (-?\d+)$/m.exec((await call('GET', '/metrics')).text)?.[1]);
      const client = new AbortController();
      const abandoned = fetch(`${gw.api.url}/api/v1/complaints/${HANGING_ID}`, {
        headers: { authorization: `Bearer ${await token()}` },
        signal: client.signal,
      }).catch((error: unknown) => error);
      for (let tries = 0; (await inFlight()) !== 1; tries++) {
        if (tries > 100) throw new Error('the hanging request never counted as in flight');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      client.abort();
      await abandoned;
      // The route's handler still waits for the bus until its 1 s timeout and then ends, without a
      // response to send: the gauge stays at 0, neither still counting it nor counting it out twice.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(await inFlight()).toBe(0);
    });

    it('serves an OpenAPI 3.1 document where every operation names its permission and roles', async () => {
      const doc = (await call('GET', '/api/docs-json')).json;
      expect(doc.openapi).toBe('3.1.0');
      expect(doc.components.schemas).toHaveProperty('RegisterComplaintV1');
      expect(doc.components.schemas).toHaveProperty('ComplaintView');
      expect(doc.components.schemas.RegisterComplaintV1.required).toEqual(
        expect.arrayContaining(['communityId', 'channel', 'customer', 'description', 'demand', 'receivedAt']),
      );
      const operations = Object.values(
        doc.paths as Record<string, Record<string, Record<string, unknown>>>,
      ).flatMap((p) => Object.values(p));
      expect(operations.length).toBeGreaterThan(0);
      for (const op of operations) {
        expect(Object.keys(PERMISSIONS)).toContain(op['x-permission']);
        expect(op['x-roles']).toEqual(PERMISSIONS[op['x-permission'] as Permission]);
      }
      expect((await call('GET', '/api/docs')).status).toBe(200);
    });
  });

  describe('authentication', () => {
    const path = `/api/v1/complaints/${ID}`;

    it('refuses requests without a valid staff token with 401 problem details', async () => {
      const now = Math.floor(Date.now() / 1000);
      const claims = { name: '李娜', company: 'HRX', roles: ['front-desk'], communities: ['GZ01'] };
      const key = new TextEncoder().encode(SECRET);
      const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(JSON.stringify({ ...claims, sub: 'x', exp: now + 60 })).toString('base64url')}.`;
      const bad = [
        undefined,
        'not-a-jwt',
        unsigned,
        await signStaffToken(
          { sub: 'x', ...claims, roles: ['front-desk'] },
          'some-other-secret-of-sufficient-length-000',
        ),
        await new SignJWT({ ...claims })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject('x')
          .setExpirationTime(now - 3600)
          .sign(key),
        await new SignJWT({ ...claims })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject('x')
          .setExpirationTime(now + 3600)
          .setNotBefore(now + 3600)
          .sign(key),
        await new SignJWT({ ...claims }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').sign(key),
        await new SignJWT({ ...claims, roles: ['janitor'] })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject('x')
          .setExpirationTime(now + 60)
          .sign(key),
        await new SignJWT({ name: '李娜', roles: ['front-desk'] })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject('x')
          .setExpirationTime(now + 60)
          .sign(key),
      ];
      for (const t of bad) {
        const res = await call(
          'GET',
          path,
          t === undefined ? {} : { headers: { authorization: `Bearer ${t}` } },
        );
        expect(res.status).toBe(401);
        expect(res.headers.get('content-type')).toContain('application/problem+json');
        expect(res.json).toMatchObject({ status: 401, code: 'UNAUTHENTICATED', title: '未登录或登录已失效' });
        // Decision 0376: the gateway's own detail is for staff, in Chinese.
        expect(res.json.detail).toMatch(/^(请先登录|登录凭证)/);
      }
    });

    it('answers 401 before it looks at the query string or the Idempotency-Key', async () => {
      // The staff guard runs before the guard of the request's other input: a caller without a
      // token learns nothing about which of its parameters or headers would be accepted.
      for (const res of [
        await call('GET', `${path}?colour=red`),
        await call('POST', '/api/v1/complaints', {
          body: complaintRegistration(),
          headers: { 'idempotency-key': 'x'.repeat(300) },
        }),
      ]) {
        expect(res.json).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
      }
    });
  });

  describe('bad input', () => {
    it('answers a request the HTTP parser cannot read (an unencoded 王 in the URL) with problem details too', async () => {
      const { port } = new URL(gw.api.url);
      const raw = await new Promise<string>((resolve, reject) => {
        const socket = net.connect(Number(port), '127.0.0.1', () => {
          socket.write(Buffer.from('GET /api/v1/people?name=王 HTTP/1.1\r\nHost: x\r\n\r\n', 'utf8'));
        });
        let data = '';
        socket.on('data', (chunk) => (data += chunk.toString('utf8')));
        socket.on('end', () => resolve(data));
        socket.on('error', reject);
      });
      const [head, body] = raw.split('\r\n\r\n');
      expect(head).toMatch(/^HTTP\/1\.1 400 /);
      expect(head).toContain('application/problem+json');
      expect(JSON.parse(body!)).toMatchObject({
        status: 400,
        code: 'VALIDATION_FAILED',
        detail: '无法读取请求：网址或请求头格式有误（网址须经百分号编码）',
        correlationId: expect.any(String),
      });
    });

    it('names every invalid field and refuses unknown ones (400)', async () => {
      const res = await call('POST', '/api/v1/complaints', {
        token: await token(),
        body: complaintRegistration({
          channel: 'fax',
          customer: { surname: '王', phone: '123' },
          extra: true,
        }),
      });
      expect(res.status).toBe(400);
      expect(res.json.code).toBe('VALIDATION_FAILED');
      expect(res.json.errors.map((e: { field: string }) => e.field)).toEqual(
        expect.arrayContaining(['channel', 'customer.phone', 'extra']),
      );
    });

    it('answers malformed JSON, wrong media types, huge bodies, bad ids and unknown routes as problems, never 500', async () => {
      const t = await token();
      const cases = [
        {
          res: await call('POST', '/api/v1/complaints', { token: t, raw: '{"communityId": ' }),
          status: 400,
          code: 'VALIDATION_FAILED',
        },
        {
          res: await call('POST', '/api/v1/complaints', { token: t, raw: '[1,2]' }),
          status: 400,
          code: 'VALIDATION_FAILED',
        },
        {
          res: await call('POST', '/api/v1/complaints', {
            token: t,
            raw: 'a=b',
            headers: { 'content-type': 'text/plain' },
          }),
          status: 415,
          code: 'UNSUPPORTED_MEDIA_TYPE',
        },
        {
          res: await call('POST', '/api/v1/complaints', {
            token: t,
            raw: JSON.stringify({ description: 'x'.repeat(2_000_000) }),
          }),
          status: 413,
          code: 'PAYLOAD_TOO_LARGE',
        },
        {
          res: await call('GET', '/api/v1/complaints/not-a-uuid', { token: t }),
          status: 400,
          code: 'VALIDATION_FAILED',
        },
        {
          res: await call('GET', '/api/v1/nothing-here', { token: t }),
          status: 404,
          code: 'ROUTE_NOT_FOUND',
        },
        {
          // Percent-encoding that is not UTF-8: the router cannot even decode the path.
          res: await call('GET', '/api/v1/complaints/%FF', { token: t }),
          status: 400,
          code: 'VALIDATION_FAILED',
        },
        {
          res: await call('POST', '/api/v1/complaints', {
            token: t,
            raw: JSON.stringify(complaintRegistration()),
            headers: { 'content-type': 'application/json; charset=latin1' },
          }),
          status: 415,
          code: 'UNSUPPORTED_MEDIA_TYPE',
        },
        {
          res: await call('POST', '/api/v1/complaints', {
            token: t,
            raw: `{"channel":"fax",${JSON.stringify(complaintRegistration()).slice(1)}`,
          }),
          status: 400,
          code: 'VALIDATION_FAILED',
        },
        {
          res: await call('GET', `/api/v1/complaints/${ID}?colour=red`, { token: t }),
          status: 400,
          code: 'VALIDATION_FAILED',
        },
        {
          res: await call('POST', '/api/v1/complaints', {
            token: t,
            body: complaintRegistration(),
            headers: { 'idempotency-key': 'x'.repeat(300) },
          }),
          status: 400,
          code: 'VALIDATION_FAILED',
        },
      ];
      for (const { res, status, code } of cases) {
        expect({ status: res.status, code: res.json?.code }).toEqual({ status, code });
        expect(res.headers.get('content-type')).toContain('application/problem+json');
        // F12, decision 0376: every detail the gateway writes is Chinese; English only in field messages.
        expect(res.json.detail).toMatch(/[\u4e00-\u9fff]/);
        expect(res.json.detail).not.toMatch(/\b(the|is|not|no|must)\b/);
      }
      expect(cases[0]!.res.json).toMatchObject({
        detail: '请求体不是有效的 JSON',
        errors: [{ field: '', message: 'the request body is not valid JSON' }],
      });
      expect(cases[2]!.res.json.detail).toBe('不支持的请求格式：请求体须为 JSON（application/json）');
      expect(cases[3]!.res.json.detail).toBe('请求体过大，不能超过 1 MiB');
      expect(cases[5]!.res.json.detail).toBe('接口不存在：GET /api/v1/nothing-here');
      expect(cases[7]!.res.json.detail).toBe('JSON 请求体须为 UTF-8 编码，不接受 latin1');
      const badId = cases[4]!.res.json;
      expect(badId.errors).toEqual([{ field: 'id', message: 'id must be a UUID' }]);
      // A key given twice is refused rather than read as its last value; a route without query
      // parameters refuses one it was given.
      expect(cases[8]!.res.json.errors).toEqual([
        { field: 'channel', message: 'channel is given more than once' },
      ]);
      expect(cases[9]!.res.json.errors).toEqual([
        { field: 'colour', message: 'property colour should not exist' },
      ]);
    });
  });

  describe('errors from the bus', () => {
    it('maps a domain error to its status and code', async () => {
      const res = await call('GET', `/api/v1/complaints/${MISSING_ID}`, { token: await token() });
      expect(res.json).toMatchObject({ status: 404, code: 'COMPLAINT_NOT_FOUND', title: '投诉不存在' });
    });

    it('turns an unknown error into a 500 with a correlation id and nothing about stacks, SQL or paths', async () => {
      const res = await call('GET', `/api/v1/complaints/${FAILING_ID}`, {
        token: await token(),
        headers: { 'x-correlation-id': 'corr-500-test-0001' },
      });
      expect(res.status).toBe(500);
      expect(res.json).toMatchObject({ code: 'INTERNAL', correlationId: 'corr-500-test-0001' });
      expect(res.text).not.toMatch(/select \*|relation "|\/srv|\.js:|stack|\bat /i);
    });

    it('answers 504 at the timeout when the service hangs', async () => {
      const res = await call('GET', `/api/v1/complaints/${HANGING_ID}`, { token: await token() });
      expect(res.json).toMatchObject({
        status: 504,
        code: 'UPSTREAM_TIMEOUT',
        detail: '客服投诉服务未能及时答复，操作结果请稍后查看',
        service: 'complaints',
      });
      // At the 1 s timeout, not at some later failure (the bound is loose: the machine may be busy).
      expect(res.ms).toBeGreaterThanOrEqual(950);
      expect(res.ms).toBeLessThan(15_000);
    });

    it('carries the correlation id, the verified actor and the idempotency key to the service', async () => {
      const res = await call('POST', '/api/v1/complaints', {
        token: await token({ roles: ['cs-supervisor'], communities: ['GZ01', 'GZ02'] }),
        body: complaintRegistration(),
        headers: { 'x-correlation-id': 'corr-carried-0001', 'idempotency-key': 'key-0001' },
      });
      expect(res.status).toBe(201);
      expect(res.headers.get('x-correlation-id')).toBe('corr-carried-0001');
      const ctx = res.json.seen.ctx as { correlationId: string; actor: Actor; idempotencyKey: string };
      expect(ctx).toEqual({
        correlationId: 'corr-carried-0001',
        idempotencyKey: 'key-0001',
        // Decision 0374: when the gateway stops waiting (its RPC_TIMEOUT_MS, 1 s here), in the
        // service's own clock; the calls the service makes in turn give up before it.
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

    it('answers 503 at once when no instance of the service is running', async () => {
      await gw.stubs[0]!.close();
      const res = await call('GET', `/api/v1/complaints/${ID}`, { token: await token() });
      expect(res.json).toMatchObject({
        status: 503,
        code: 'SERVICE_UNAVAILABLE',
        detail: '客服投诉服务暂不可用，请稍后重试',
        retryAfterSeconds: 1,
      });
      expect(res.headers.get('retry-after')).toBe('1');
      expect(res.ms).toBeLessThan(500);
    });
  });
});
