import { createHash, createSign, generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { checkScreen, consolePage, startWithBrowser } from './console-browser.js';
import { Stack } from './stack.js';

/*
 * Production sign-in in a real Chromium (decision 0171): the gateway alone, configured as in production
 * with an OIDC issuer's JWKS, and a small issuer run by this test. The console leaves for the issuer
 * with a PKCE challenge, comes back with a code, redeems it with the verifier and signs in with the
 * access token, which the gateway verifies with the issuer's key.
 */
const CLIENT_ID = 'pcs-console';
const STAFF = {
  sub: 'staff-2048',
  name: '黄丽华',
  company: 'HRX',
  roles: ['front-desk'],
  communities: ['GZ01'],
};

interface CodeGrant {
  challenge: string;
  redirectUri: string;
}

/** Discovery, authorize (straight back with a code for STAFF), token (checks PKCE) and JWKS. */
class FakeIssuer {
  private readonly server: Server;
  private readonly keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  private readonly codes = new Map<string, CodeGrant>();
  readonly kid = 'e2e-key-1';
  /** Token requests as received, and what they were answered. */
  readonly tokenRequests: { params: Record<string, string>; status: number }[] = [];
  /** Makes the next redirect back carry a state other than the console's. */
  forgeNextState = false;
  url = '';

  constructor() {
    this.server = createServer((request, response) => {
      this.handle(request, response).catch((error: unknown) => {
        response.writeHead(500).end(String(error));
      });
    });
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.url);
    // The console's page reads discovery and redeems the code from its own origin (CORS).
    response.setHeader('access-control-allow-origin', '*');
    if (request.method === 'OPTIONS') {
      response.writeHead(204, { 'access-control-allow-headers': 'content-type' }).end();
      return;
    }
    if (url.pathname === '/.well-known/openid-configuration') {
      return json(response, 200, {
        issuer: this.url,
        authorization_endpoint: `${this.url}/authorize`,
        token_endpoint: `${this.url}/token`,
        jwks_uri: `${this.url}/jwks`,
        response_types_supported: ['code'],
        code_challenge_methods_supported: ['S256'],
      });
    }
    if (url.pathname === '/jwks') {
      const jwk = this.keys.publicKey.export({ format: 'jwk' });
      return json(response, 200, { keys: [{ ...jwk, kid: this.kid, alg: 'RS256', use: 'sig' }] });
    }
    if (url.pathname === '/authorize') return this.authorize(url.searchParams, response);
    if (url.pathname === '/token' && request.method === 'POST') {
      return this.token(new URLSearchParams(await bodyOf(request)), response);
    }
    return json(response, 404, { error: 'not_found' });
  }

  private authorize(params: URLSearchParams, response: ServerResponse): void {
    const redirectUri = params.get('redirect_uri') ?? '';
    const challenge = params.get('code_challenge') ?? '';
    if (
      params.get('client_id') !== CLIENT_ID ||
      params.get('response_type') !== 'code' ||
      params.get('code_challenge_method') !== 'S256' ||
      !/^[A-Za-z0-9_-]{43}$/.test(challenge) ||
      !redirectUri.endsWith('/console/oidc-callback')
    ) {
      return json(response, 400, { error: 'invalid_request' });
    }
    const code = randomBytes(16).toString('base64url');
    this.codes.set(code, { challenge, redirectUri });
    const state = this.forgeNextState ? 'forged-state' : (params.get('state') ?? '');
    this.forgeNextState = false;
    const back = new URL(redirectUri);
    back.searchParams.set('code', code);
    back.searchParams.set('state', state);
    response.writeHead(302, { location: back.toString() }).end();
  }

  private token(params: URLSearchParams, response: ServerResponse): void {
    const grant = this.codes.get(params.get('code') ?? '');
    this.codes.delete(params.get('code') ?? ''); // a code is good once
    const verifier = params.get('code_verifier') ?? '';
    const ok =
      grant !== undefined &&
      params.get('grant_type') === 'authorization_code' &&
      params.get('client_id') === CLIENT_ID &&
      params.get('redirect_uri') === grant.redirectUri &&
      createHash('sha256').update(verifier).digest('base64url') === grant.challenge;
    this.tokenRequests.push({ params: Object.fromEntries(params), status: ok ? 200 : 400 });
    if (!ok) return json(response, 400, { error: 'invalid_grant' });
    return json(response, 200, {
      access_token: this.sign({ ...STAFF, iss: this.url, aud: 'pcs-gateway' }),
      token_type: 'Bearer',
      expires_in: 3600,
    });
  }

  private sign(claims: Record<string, unknown>): string {
    const now = Math.floor(Date.now() / 1000);
    const header = encode({ alg: 'RS256', typ: 'JWT', kid: this.kid });
    const payload = encode({ ...claims, iat: now, exp: now + 3600 });
    const signature = createSign('RSA-SHA256')
      .update(`${header}.${payload}`)
      .sign(this.keys.privateKey)
      .toString('base64url');
    return `${header}.${payload}.${signature}`;
  }
}

function encode(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/** What the console keeps in the tab's sessionStorage (evaluated as a string: this file has no DOM types). */
async function stored(page: Page, key: string): Promise<string | null> {
  return (await page.evaluate(`window.sessionStorage.getItem(${JSON.stringify(key)})`)) as string | null;
}

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString();
}

describe('signing in to the console through the OIDC issuer', () => {
  const issuer = new FakeIssuer();
  let stack: Stack;
  let browser: Browser;

  beforeAll(async () => {
    await issuer.start();
    [stack, browser] = await startWithBrowser(
      Stack.startGateway({
        AUTH_JWKS_URL: `${issuer.url}/jwks`,
        AUTH_ISSUER: issuer.url,
        AUTH_AUDIENCE: 'pcs-gateway',
        CONSOLE_OIDC_CLIENT_ID: CLIENT_ID,
      }),
    );
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stopAll();
    await issuer.stop();
  });

  it('offers no development sign-in, goes through the issuer and comes back signed in', async () => {
    expect((await stack.http('GET', '/console/dev/staff')).status).toBe(404);
    const errors: string[] = [];
    const page = await consolePage(browser, errors);
    try {
      await page.goto(`${stack.url}/console/`);
      const button = page.getByRole('button', { name: '统一身份认证登录' });
      await button.waitFor({ state: 'visible' });
      expect(await page.getByRole('radio').count()).toBe(0);
      expect(await page.getByText('演示员工').count()).toBe(0);
      await checkScreen(page, 'oidc-sign-in');

      await button.click();
      await page.getByRole('navigation', { name: '主菜单' }).waitFor({ state: 'visible' });
      await page.getByText('黄丽华（前台/客服专员）').waitFor({ state: 'visible' });
      await page.getByRole('navigation', { name: '主菜单' }).getByText('投诉队列').waitFor();
      // Back on the console's own route, the code gone from the address bar, nothing left pending.
      expect(new URL(page.url()).pathname).not.toBe('/console/oidc-callback');
      expect(new URL(page.url()).search).toBe('');
      expect(await stored(page, 'pcs.console.oidc')).toBeNull();

      // The code was redeemed once, with the verifier whose S256 challenge the issuer was shown.
      expect(issuer.tokenRequests).toEqual([
        {
          params: expect.objectContaining({
            client_id: CLIENT_ID,
            redirect_uri: `${stack.url}/console/oidc-callback`,
          }),
          status: 200,
        },
      ]);
      // The gateway accepts the session's token (the issuer's key, issuer and audience): not 401.
      const token = await stored(page, 'pcs.console.token');
      expect(token).toMatch(/^ey/);
      const authenticated = await stack.http('GET', '/api/v1/complaints/not-a-complaint-id', {
        token: token!,
      });
      expect(authenticated.status).not.toBe(401);
      const forged = await stack.http('GET', '/api/v1/complaints/not-a-complaint-id', {
        token: `${token!.slice(0, -4)}AAAA`,
      });
      expect(forged.status).toBe(401);
      expect(errors.filter((e) => !/\/api\/v1\//.test(e))).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('refuses a return whose state is not the one the console sent, without redeeming the code', async () => {
    const errors: string[] = [];
    const page = await consolePage(browser, errors);
    const redeemed = issuer.tokenRequests.length;
    try {
      await page.goto(`${stack.url}/console/`);
      issuer.forgeNextState = true;
      await page.getByRole('button', { name: '统一身份认证登录' }).click();
      await page.getByText('登录状态校验失败（state 不匹配），为安全起见已中止，请重新登录').waitFor();
      expect(issuer.tokenRequests.length).toBe(redeemed);
      expect(await page.getByRole('navigation', { name: '主菜单' }).count()).toBe(0);
      expect(await stored(page, 'pcs.console.token')).toBeNull();
      expect(await stored(page, 'pcs.console.oidc')).toBeNull();
      await checkScreen(page, 'oidc-state-refused');

      await page.getByRole('button', { name: '返回登录页' }).click();
      await page.getByRole('button', { name: '统一身份认证登录' }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
