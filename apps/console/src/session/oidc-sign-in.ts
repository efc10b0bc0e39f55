import { BASE } from '../routing';
import { sessionOfToken, type StaffSession } from './staff-session';

/*
 * Production sign-in (decision 0171): OIDC authorization code with PKCE (RFC 7636, S256) against the
 * issuer whose keys the gateway trusts. The console is a public client: no secret, the verifier and the
 * state live in this tab's sessionStorage between leaving for the issuer and coming back.
 */

/** What `GET /console/sign-in` says in OIDC mode. */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  scope: string;
  audience?: string;
}

/** What the console keeps while the browser is at the issuer. */
export interface PendingSignIn {
  state: string;
  verifier: string;
  tokenEndpoint: string;
  clientId: string;
  redirectUri: string;
}

export const CALLBACK_ROUTE = '/oidc-callback';
const PENDING_KEY = 'pcs.console.oidc';

export function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** 32 random bytes as base64url: 43 characters, within RFC 7636's 43–128 for a verifier. */
export function randomToken(random: Pick<Crypto, 'getRandomValues'>): string {
  return base64url(random.getRandomValues(new Uint8Array(32)));
}

/** RFC 7636's S256: base64url(SHA-256(ASCII(verifier))). */
export async function codeChallenge(verifier: string, subtle: SubtleCrypto): Promise<string> {
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

export function discoveryUrl(issuer: string): string {
  return `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
}

export function redirectUriOf(origin: string): string {
  return `${origin}${BASE}${CALLBACK_ROUTE}`;
}

/** The endpoints the console needs from the issuer's discovery document; undefined when it lacks them. */
export function endpointsOf(
  discovery: unknown,
): { authorizationEndpoint: string; tokenEndpoint: string } | undefined {
  const d = (typeof discovery === 'object' && discovery !== null ? discovery : {}) as Record<string, unknown>;
  const authorization = d['authorization_endpoint'];
  const token = d['token_endpoint'];
  if (typeof authorization !== 'string' || typeof token !== 'string') return undefined;
  return { authorizationEndpoint: authorization, tokenEndpoint: token };
}

export function authorizationUrl(
  authorizationEndpoint: string,
  settings: OidcSettings,
  pending: Pick<PendingSignIn, 'state' | 'redirectUri'>,
  challenge: string,
): string {
  const url = new URL(authorizationEndpoint);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', settings.clientId);
  url.searchParams.set('redirect_uri', pending.redirectUri);
  url.searchParams.set('scope', settings.scope);
  url.searchParams.set('state', pending.state);
  url.searchParams.set('code_challenge', challenge);
  url.searchParams.set('code_challenge_method', 'S256');
  // Some issuers mint a JWT access token for the gateway only when asked for its audience.
  if (settings.audience) url.searchParams.set('audience', settings.audience);
  return url.toString();
}

export type CallbackOutcome =
  { kind: 'exchange'; code: string; pending: PendingSignIn } | { kind: 'failed'; message: string };

/** What the issuer's redirect back says, checked against what the console kept before leaving. */
export function callbackOutcome(search: string, pending: PendingSignIn | undefined): CallbackOutcome {
  const params = new URLSearchParams(search);
  const error = params.get('error');
  if (error) {
    const description = params.get('error_description');
    const why = error === 'access_denied' ? '登录被拒绝或已取消' : `统一身份认证返回错误：${error}`;
    return { kind: 'failed', message: description ? `${why}（${description}）` : why };
  }
  if (!pending) {
    return { kind: 'failed', message: '登录会话已失效（可能已在其他窗口完成或已过期），请重新登录' };
  }
  if (params.get('state') !== pending.state) {
    return { kind: 'failed', message: '登录状态校验失败（state 不匹配），为安全起见已中止，请重新登录' };
  }
  const code = params.get('code');
  if (!code) return { kind: 'failed', message: '统一身份认证未返回授权码，请重新登录' };
  return { kind: 'exchange', code, pending };
}

export function tokenRequestBody(code: string, pending: PendingSignIn): URLSearchParams {
  return new URLSearchParams({
    grant_type: 'authorization_code',
    code,
    redirect_uri: pending.redirectUri,
    client_id: pending.clientId,
    code_verifier: pending.verifier,
  });
}

/** The token endpoint's answer as a session, or the Chinese reason it is not one. */
export function sessionOfTokenResponse(
  status: number,
  body: unknown,
): { session: StaffSession } | { message: string } {
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (status < 200 || status >= 300) {
    const error = typeof b['error'] === 'string' ? b['error'] : `HTTP ${status}`;
    return { message: `统一身份认证拒绝签发令牌：${error}，请重新登录` };
  }
  const token = b['access_token'];
  const session = typeof token === 'string' ? sessionOfToken(token) : undefined;
  if (!session) return { message: '统一身份认证返回的访问令牌不含员工信息，请联系系统管理员' };
  return { session };
}

export function savePending(storage: Storage, pending: PendingSignIn | undefined): void {
  if (pending) storage.setItem(PENDING_KEY, JSON.stringify(pending));
  else storage.removeItem(PENDING_KEY);
}

export function loadPending(storage: Storage): PendingSignIn | undefined {
  try {
    const value = JSON.parse(storage.getItem(PENDING_KEY) ?? 'null') as Partial<PendingSignIn> | null;
    const fields = ['state', 'verifier', 'tokenEndpoint', 'clientId', 'redirectUri'] as const;
    if (!value || fields.some((field) => typeof value[field] !== 'string')) return undefined;
    return value as PendingSignIn;
  } catch {
    return undefined; // not ours: as if nothing were pending
  }
}

/** Leaves for the issuer; resolves only on failure (a Chinese message), else the page navigates away. */
export async function startOidcSignIn(settings: OidcSettings): Promise<string> {
  let endpoints: ReturnType<typeof endpointsOf>;
  try {
    const response = await fetch(discoveryUrl(settings.issuer));
    endpoints = response.ok ? endpointsOf(await response.json()) : undefined;
  } catch {
    return '无法连接统一身份认证服务，请检查网络后重试';
  }
  if (!endpoints) return '统一身份认证服务的配置不完整（发现文档缺少端点），请联系系统管理员';
  const pending: PendingSignIn = {
    state: randomToken(crypto),
    verifier: randomToken(crypto),
    tokenEndpoint: endpoints.tokenEndpoint,
    clientId: settings.clientId,
    redirectUri: redirectUriOf(window.location.origin),
  };
  const challenge = await codeChallenge(pending.verifier, crypto.subtle);
  savePending(window.sessionStorage, pending);
  window.location.assign(authorizationUrl(endpoints.authorizationEndpoint, settings, pending, challenge));
  return '';
}

/**
 * Completes the sign-in on return from the issuer. The verifier is cleared whatever the outcome: a code
 * or a state is good for one attempt only.
 */
export async function completeOidcSignIn(
  search: string,
): Promise<{ session: StaffSession } | { message: string }> {
  const outcome = callbackOutcome(search, loadPending(window.sessionStorage));
  savePending(window.sessionStorage, undefined);
  if (outcome.kind === 'failed') return { message: outcome.message };
  try {
    const response = await fetch(outcome.pending.tokenEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: tokenRequestBody(outcome.code, outcome.pending),
    });
    const body: unknown = await response.json().catch(() => undefined);
    return sessionOfTokenResponse(response.status, body);
  } catch {
    return { message: '无法连接统一身份认证服务换取令牌，请检查网络后重试' };
  }
}
