import { webcrypto } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import {
  authorizationUrl,
  base64url,
  callbackOutcome,
  codeChallenge,
  discoveryUrl,
  endpointsOf,
  loadPending,
  randomToken,
  redirectUriOf,
  savePending,
  sessionOfTokenResponse,
  tokenRequestBody,
  type PendingSignIn,
} from './oidc-sign-in';

const subtle = webcrypto.subtle as unknown as SubtleCrypto;
const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const tokenOf = (claims: unknown): string => `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode(claims)}.c2ln`;

const PENDING: PendingSignIn = {
  state: 'Qx3v-state-0123456789abcdefghijklmnopqrstuv',
  verifier: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk',
  tokenEndpoint: 'https://sso.example.com/realms/pcs/protocol/openid-connect/token',
  clientId: 'pcs-console',
  redirectUri: 'https://kefu.example.com/console/oidc-callback',
};

class MemoryStorage {
  private readonly values = new Map<string, string>();
  getItem(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.values.set(key, value);
  }
  removeItem(key: string): void {
    this.values.delete(key);
  }
}

describe('PKCE (RFC 7636)', () => {
  it("derives the S256 challenge of the RFC's test vector", async () => {
    expect(await codeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk', subtle)).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  it('encodes base64url without padding', () => {
    expect(base64url(new Uint8Array([0xfb, 0xff, 0xfe]))).toBe('-__-');
    expect(base64url(new Uint8Array([0x66]))).toBe('Zg');
  });

  it('makes verifiers of 43 unreserved characters from 32 random bytes, different each time', () => {
    const random = webcrypto as unknown as Crypto;
    const tokens = new Set(Array.from({ length: 20 }, () => randomToken(random)));
    expect(tokens.size).toBe(20);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

describe('leaving for the issuer', () => {
  it('reads the discovery document under the issuer, with or without a trailing slash', () => {
    expect(discoveryUrl('https://sso.example.com/realms/pcs')).toBe(
      'https://sso.example.com/realms/pcs/.well-known/openid-configuration',
    );
    expect(discoveryUrl('https://sso.example.com/')).toBe(
      'https://sso.example.com/.well-known/openid-configuration',
    );
  });

  it('takes the authorization and token endpoints from the discovery document, or nothing', () => {
    expect(
      endpointsOf({
        authorization_endpoint: 'https://a.example/auth',
        token_endpoint: 'https://a.example/token',
      }),
    ).toEqual({ authorizationEndpoint: 'https://a.example/auth', tokenEndpoint: 'https://a.example/token' });
    for (const bad of [null, 'x', {}, { authorization_endpoint: 'https://a.example/auth' }]) {
      expect(endpointsOf(bad)).toBeUndefined();
    }
  });

  it('comes back to /console/oidc-callback on the same origin', () => {
    expect(redirectUriOf('https://kefu.example.com')).toBe('https://kefu.example.com/console/oidc-callback');
  });

  it('asks for a code with the S256 challenge, the state and, when the gateway checks one, the audience', () => {
    const settings = { issuer: 'https://sso.example.com', clientId: 'pcs-console', scope: 'openid profile' };
    const url = new URL(
      authorizationUrl('https://sso.example.com/auth?kc=1', settings, PENDING, 'CHALLENGE'),
    );
    expect(url.origin + url.pathname).toBe('https://sso.example.com/auth');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      kc: '1',
      response_type: 'code',
      client_id: 'pcs-console',
      redirect_uri: PENDING.redirectUri,
      scope: 'openid profile',
      state: PENDING.state,
      code_challenge: 'CHALLENGE',
      code_challenge_method: 'S256',
    });
    const withAudience = new URL(
      authorizationUrl(
        'https://sso.example.com/auth',
        { ...settings, audience: 'pcs-gateway' },
        PENDING,
        'C',
      ),
    );
    expect(withAudience.searchParams.get('audience')).toBe('pcs-gateway');
  });

  it('keeps the pending sign-in in storage and ignores anything malformed there', () => {
    const storage = new MemoryStorage() as unknown as Storage;
    savePending(storage, PENDING);
    expect(loadPending(storage)).toEqual(PENDING);
    savePending(storage, undefined);
    expect(loadPending(storage)).toBeUndefined();
    for (const junk of ['{', '[]', '{"state":"s"}', 'null']) {
      storage.setItem('pcs.console.oidc', junk);
      expect(loadPending(storage)).toBeUndefined();
    }
  });
});

describe('coming back from the issuer', () => {
  it('exchanges the code when the state matches the one kept', () => {
    expect(callbackOutcome(`?code=abc123&state=${PENDING.state}`, PENDING)).toEqual({
      kind: 'exchange',
      code: 'abc123',
      pending: PENDING,
    });
  });

  it('refuses a state that does not match, in Chinese', () => {
    expect(callbackOutcome('?code=abc123&state=forged', PENDING)).toEqual({
      kind: 'failed',
      message: '登录状态校验失败（state 不匹配），为安全起见已中止，请重新登录',
    });
    expect(callbackOutcome('?code=abc123', PENDING)).toMatchObject({ kind: 'failed' });
  });

  it("shows the issuer's error, with its description when it gives one", () => {
    expect(callbackOutcome('?error=access_denied&state=x', PENDING)).toEqual({
      kind: 'failed',
      message: '登录被拒绝或已取消',
    });
    expect(callbackOutcome('?error=invalid_scope&error_description=scope%20pcs%20unknown', PENDING)).toEqual({
      kind: 'failed',
      message: '统一身份认证返回错误：invalid_scope（scope pcs unknown）',
    });
  });

  it('refuses a return with nothing pending (another tab, or a reload) and one without a code', () => {
    expect(callbackOutcome(`?code=abc&state=${PENDING.state}`, undefined)).toMatchObject({
      kind: 'failed',
      message: expect.stringContaining('登录会话已失效'),
    });
    expect(callbackOutcome(`?state=${PENDING.state}`, PENDING)).toEqual({
      kind: 'failed',
      message: '统一身份认证未返回授权码，请重新登录',
    });
  });

  it('redeems the code with the verifier, the same redirect_uri and the client id', () => {
    expect(Object.fromEntries(tokenRequestBody('abc123', PENDING))).toEqual({
      grant_type: 'authorization_code',
      code: 'abc123',
      redirect_uri: PENDING.redirectUri,
      client_id: 'pcs-console',
      code_verifier: PENDING.verifier,
    });
  });

  it("takes the access token's staff claims as the session", () => {
    const token = tokenOf({
      sub: 'staff-1024',
      name: '黄晓明',
      company: 'HRX',
      roles: ['front-desk'],
      communities: ['GZ01'],
      exp: 1_800_000_000,
    });
    expect(sessionOfTokenResponse(200, { access_token: token, token_type: 'Bearer' })).toEqual({
      session: {
        token,
        staffId: 'staff-1024',
        name: '黄晓明',
        company: 'HRX',
        roles: ['front-desk'],
        communities: ['GZ01'],
        expiresAt: 1_800_000_000,
      },
    });
  });

  it("reports the token endpoint's refusal and a token without staff claims in Chinese", () => {
    expect(sessionOfTokenResponse(400, { error: 'invalid_grant' })).toEqual({
      message: '统一身份认证拒绝签发令牌：invalid_grant，请重新登录',
    });
    expect(sessionOfTokenResponse(502, undefined)).toEqual({
      message: '统一身份认证拒绝签发令牌：HTTP 502，请重新登录',
    });
    expect(sessionOfTokenResponse(200, { access_token: 'opaque-token' })).toEqual({
      message: '统一身份认证返回的访问令牌不含员工信息，请联系系统管理员',
    });
  });
});
