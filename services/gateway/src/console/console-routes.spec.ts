import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import Fastify, { type FastifyInstance } from 'fastify';
import pino from 'pino';
import { ConfigurationError, validateEnv } from '@pcs/platform';
import { GatewayEnv } from '../config/gateway-env.js';
import { TokenVerifier } from '../auth/token-verifier.js';
import {
  consoleSignInOf,
  developmentSignInOf,
  installConsole,
  type ConsoleOptions,
} from './console-routes.js';

const SECRET = 'console-routes-spec-secret-0123456789abcdef';
const INDEX = '<!doctype html><html lang="zh-CN"><title>物业客户服务中心</title><div id="root"></div></html>';
const SCRIPT = `console.log(${JSON.stringify('投诉队列'.repeat(400))});`;

/** A console build as Vite writes it, with a file beside it that no request may reach. */
function fakeBuild(): { root: string; dist: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'console-spec-'));
  const dist = path.join(root, 'dist');
  mkdirSync(path.join(dist, 'assets'), { recursive: true });
  writeFileSync(path.join(dist, 'index.html'), INDEX);
  writeFileSync(path.join(dist, 'assets', 'index-Bq1x2y3z.js'), SCRIPT);
  writeFileSync(path.join(dist, 'assets', 'index-C4d5e6f7.css'), 'body{margin:0}');
  writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(path.join(root, 'secret.txt'), 'not for the browser');
  return { root, dist };
}

async function serve(options: Partial<ConsoleOptions>): Promise<FastifyInstance> {
  const app = Fastify();
  app.decorateRequest('correlationId', '');
  installConsole(app, {
    dir: undefined,
    devSignIn: undefined,
    signIn: { mode: 'unavailable', reason: 'not configured in this test' },
    logger: pino({ level: 'silent' }),
    ...options,
  });
  await app.ready();
  return app;
}

describe('the console at /console', () => {
  let build: { root: string; dist: string };
  let app: FastifyInstance;

  beforeAll(async () => {
    build = fakeBuild();
    app = await serve({ dir: build.dist });
  });

  afterAll(async () => {
    await app?.close();
    rmSync(build.root, { recursive: true, force: true });
  });

  it('serves index.html at /console/, revalidated on every load, with a content security policy', async () => {
    const res = await app.inject({ url: '/console/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.body).toBe(INDEX);
  });

  it('redirects /console to /console/ so that relative asset paths resolve', async () => {
    const res = await app.inject({ url: '/console' });
    expect(res.statusCode).toBe(301);
    expect(res.headers['location']).toBe('/console/');
  });

  it("answers the browser's own routes with index.html (the console routes them)", async () => {
    for (const url of ['/console/complaints', '/console/complaints/0190f1c2-7d3a-7c1e-9a2b-3c4d5e6f7a8b']) {
      const res = await app.inject({ url });
      expect({ url, status: res.statusCode, body: res.body }).toEqual({ url, status: 200, body: INDEX });
    }
  });

  it('serves hashed assets with their content type and a year-long immutable cache', async () => {
    const js = await app.inject({ url: '/console/assets/index-Bq1x2y3z.js' });
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(js.headers['x-content-type-options']).toBe('nosniff');
    expect(js.body).toBe(SCRIPT);
    const css = await app.inject({ url: '/console/assets/index-C4d5e6f7.css' });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    const svg = await app.inject({ url: '/console/favicon.svg' });
    expect(svg.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(svg.headers['cache-control']).toBe('no-cache');
  });

  it('sends text gzipped to browsers that accept it, and 304 for a copy the browser has', async () => {
    const url = '/console/assets/index-Bq1x2y3z.js';
    const zipped = await app.inject({ url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.rawPayload.length).toBeLessThan(Buffer.byteLength(SCRIPT));
    expect(gunzipSync(zipped.rawPayload).toString()).toBe(SCRIPT);
    const again = await app.inject({ url, headers: { 'if-none-match': String(zipped.headers['etag']) } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('answers a missing asset 404 with problem details, never the page or a 500', async () => {
    for (const url of [
      '/console/assets/index-gone.js',
      '/console/favicon.ico',
      '/console/assets/',
      '/console/x.map',
    ]) {
      const res = await app.inject({ url });
      expect({ url, status: res.statusCode, type: res.headers['content-type'] }).toEqual({
        url,
        status: 404,
        type: 'application/problem+json; charset=utf-8',
      });
      expect(res.json()).toMatchObject({ status: 404, code: 'NOT_FOUND', title: '资源不存在' });
    }
  });

  it('never serves a file outside the build, however the path is written', async () => {
    const attempts = [
      '/console/../secret.txt',
      '/console/..%2fsecret.txt',
      '/console/%2e%2e/secret.txt',
      '/console/%2e%2e%2fsecret.txt',
      '/console/assets/..%2f..%2fsecret.txt',
      '/console/..%5csecret.txt',
      '/console/%2e%2e%5c%2e%2e%5csecret.txt',
      `/console/${encodeURIComponent(path.join(build.root, 'secret.txt'))}`,
      '/console/secret.txt%00.js',
      '/console/index.html%00',
    ];
    for (const url of attempts) {
      const res = await app.inject({ url });
      expect(res.statusCode).toBeLessThan(500);
      expect({ url, leaked: res.body.includes('not for the browser') }).toEqual({ url, leaked: false });
    }
  });

  it('answers 404, not 500, while the console is not built', async () => {
    const unbuilt = await serve({ dir: path.join(build.root, 'nowhere') });
    try {
      for (const url of ['/console/', '/console/complaints', '/console/assets/index-Bq1x2y3z.js']) {
        const res = await unbuilt.inject({ url });
        expect({ url, status: res.statusCode }).toEqual({ url, status: 404 });
      }
    } finally {
      await unbuilt.close();
    }
  });
});

describe('the development sign-in', () => {
  const env = Object.assign(new GatewayEnv(), { AUTH_JWT_SECRET: SECRET, NODE_ENV: 'development' });
  let app: FastifyInstance;

  beforeAll(async () => {
    app = await serve({ devSignIn: developmentSignInOf(env) });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('lists the demo staff with their roles in Chinese', async () => {
    const res = await app.inject({ url: '/console/dev/staff' });
    expect(res.statusCode).toBe(200);
    const { company, staff } = res.json();
    expect(company).toBe('HRX');
    expect(staff[0]).toEqual({
      staffId: 'staff-0001',
      name: '李娜',
      roles: ['front-desk'],
      roleLabels: ['前台/客服专员'],
      communities: ['GZ01', 'GZ02'],
    });
  });

  it("signs a token the gateway's own verifier accepts, with the member's roles and communities", async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/console/dev/sign-in',
      payload: { staffId: 'staff-0002' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const actor = await new TokenVerifier(env).verify(`Bearer ${res.json().token}`);
    expect(actor).toMatchObject({
      sub: 'staff-0002',
      name: '陈静',
      companyId: 'HRX',
      roles: ['cs-supervisor'],
      communities: ['GZ01', 'GZ02'],
    });
  });

  it('refuses anyone not on the list as a 400 naming staffId, whatever the body', async () => {
    for (const payload of [{ staffId: 'staff-9999' }, { staffId: 1 }, {}, [], 'staff-0001', null]) {
      const res = await app.inject({
        method: 'POST',
        url: '/console/dev/sign-in',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify(payload),
      });
      expect({ payload, status: res.statusCode }).toEqual({ payload, status: 400 });
      expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'staffId' }] });
    }
  });

  it('is off in production and where an OIDC issuer verifies tokens', async () => {
    expect(
      developmentSignInOf(Object.assign(new GatewayEnv(), { ...env, NODE_ENV: 'production' })),
    ).toBeUndefined();
    expect(
      developmentSignInOf(
        Object.assign(new GatewayEnv(), { ...env, AUTH_JWKS_URL: 'https://sso.example/jwks' }),
      ),
    ).toBeUndefined();
    const off = await serve({ devSignIn: undefined });
    try {
      expect((await off.inject({ url: '/console/dev/staff' })).statusCode).toBe(404);
      const signIn = await off.inject({
        method: 'POST',
        url: '/console/dev/sign-in',
        payload: { staffId: 'staff-0001' },
      });
      expect(signIn.statusCode).toBe(404);
      expect(signIn.body).not.toContain('token');
    } finally {
      await off.close();
    }
  });
});

describe('how the console signs in (GET /console/sign-in)', () => {
  const oidcEnv = {
    AUTH_JWKS_URL: 'https://sso.example.com/realms/pcs/protocol/openid-connect/certs',
    AUTH_ISSUER: 'https://sso.example.com/realms/pcs',
    CONSOLE_OIDC_CLIENT_ID: 'pcs-console',
    NODE_ENV: 'production',
  };
  const envOf = (values: Record<string, string>): GatewayEnv => Object.assign(new GatewayEnv(), values);

  async function answerOf(env: GatewayEnv, dir?: string) {
    const warnings: unknown[] = [];
    const logger = pino({ level: 'warn' }, { write: (line: string) => warnings.push(JSON.parse(line)) });
    const app = await serve({
      dir,
      devSignIn: developmentSignInOf(env),
      signIn: consoleSignInOf(env),
      logger,
    });
    try {
      const res = await app.inject({ url: '/console/sign-in' });
      const page = dir ? await app.inject({ url: '/console/' }) : undefined;
      return { res, page, warnings };
    } finally {
      await app.close();
    }
  }

  it('answers development where the development sign-in is on', async () => {
    const { res } = await answerOf(envOf({ AUTH_JWT_SECRET: SECRET, NODE_ENV: 'development' }));
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json()).toEqual({ mode: 'development' });
  });

  it("answers the issuer and the console's client id where an OIDC issuer verifies tokens", async () => {
    const build = fakeBuild();
    try {
      const { res, page, warnings } = await answerOf(
        envOf({ ...oidcEnv, AUTH_AUDIENCE: 'pcs-gateway', CONSOLE_OIDC_SCOPE: 'openid profile' }),
        build.dist,
      );
      expect(res.json()).toEqual({
        mode: 'oidc',
        issuer: 'https://sso.example.com/realms/pcs',
        clientId: 'pcs-console',
        scope: 'openid profile',
        audience: 'pcs-gateway',
      });
      // The browser reads the discovery document and redeems the code at the issuer's origin.
      expect(page?.headers['content-security-policy']).toContain(
        "connect-src 'self' https://sso.example.com;",
      );
      expect(warnings).toEqual([]);
    } finally {
      rmSync(build.root, { recursive: true, force: true });
    }
  });

  it('asks for openid alone unless told otherwise, and names no audience when none is checked', async () => {
    const { res } = await answerOf(envOf(oidcEnv));
    expect(res.json()).toEqual({
      mode: 'oidc',
      issuer: 'https://sso.example.com/realms/pcs',
      clientId: 'pcs-console',
      scope: 'openid',
    });
  });

  it('refuses a client id or scope with spaces or control characters at start', () => {
    const base = { PORT: '3000', ...oidcEnv };
    expect(validateEnv(GatewayEnv, { ...base, CONSOLE_OIDC_SCOPE: 'openid profile' })).toMatchObject({
      CONSOLE_OIDC_CLIENT_ID: 'pcs-console',
      CONSOLE_OIDC_SCOPE: 'openid profile',
    });
    for (const [name, value] of [
      ['CONSOLE_OIDC_CLIENT_ID', 'pcs console'],
      ['CONSOLE_OIDC_CLIENT_ID', 'pcs\nconsole'],
      ['CONSOLE_OIDC_CLIENT_ID', 'x'.repeat(201)],
      ['CONSOLE_OIDC_SCOPE', 'openid  profile'],
      ['CONSOLE_OIDC_SCOPE', ' openid'],
    ] as const) {
      expect(() => validateEnv(GatewayEnv, { ...base, [name]: value })).toThrow(ConfigurationError);
      expect(() => validateEnv(GatewayEnv, { ...base, [name]: value })).toThrow(name);
    }
  });

  it('answers unavailable, and says why at start, when the OIDC sign-in lacks a setting', async () => {
    const build = fakeBuild();
    try {
      const cases: [Record<string, string>, RegExp][] = [
        [{ ...oidcEnv, AUTH_ISSUER: '' }, /AUTH_ISSUER/],
        [{ ...oidcEnv, AUTH_ISSUER: 'pcs-realm' }, /AUTH_ISSUER/],
        [{ ...oidcEnv, CONSOLE_OIDC_CLIENT_ID: '' }, /CONSOLE_OIDC_CLIENT_ID/],
        [{ AUTH_JWT_SECRET: SECRET, NODE_ENV: 'production' }, /AUTH_JWKS_URL/],
      ];
      for (const [values, why] of cases) {
        const { res, page, warnings } = await answerOf(envOf(values), build.dist);
        expect(res.statusCode).toBe(200);
        const answer = res.json();
        expect(answer).toEqual({ mode: 'unavailable', reason: expect.stringMatching(why) });
        expect(warnings).toContainEqual(
          expect.objectContaining({ msg: 'staff cannot sign in to the console', reason: answer.reason }),
        );
        expect(page?.headers['content-security-policy']).toContain("connect-src 'self';");
      }
    } finally {
      rmSync(build.root, { recursive: true, force: true });
    }
  });
});
