import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { DomainError, validatePayload, type Actor } from '@pcs/contracts';
import { sharedActor, TokenCache } from '@pcs/platform';
import type { GatewayEnv } from '../config/gateway-env.js';
import { StaffClaims, toActor } from './staff-claims.js';

/**
 * Verifies staff bearer tokens: HS256 with a shared secret in development, the issuer's JWKS
 * (RS256/ES256) in production. `alg: none`, expired, not-yet-valid, wrongly issued or malformed
 * tokens are all simply "not authenticated".
 */
export class TokenVerifier {
  private readonly key: Uint8Array | JWTVerifyGetKey;
  private readonly algorithms: string[];
  /**
   * A staff member's token comes back on every request: verified once, then remembered until it
   * expires, and at most a minute (so a key withdrawn from the issuer's JWKS stops working soon).
   */
  private readonly verified: TokenCache<Actor>;

  constructor(
    private readonly env: GatewayEnv,
    private readonly now: () => number = Date.now,
  ) {
    this.verified = new TokenCache({ maxAgeMs: 60_000, now });
    if (env.AUTH_JWKS_URL) {
      this.key = createRemoteJWKSet(new URL(env.AUTH_JWKS_URL));
      this.algorithms = ['RS256', 'ES256', 'PS256'];
    } else {
      this.key = new TextEncoder().encode(env.AUTH_JWT_SECRET);
      this.algorithms = ['HS256'];
    }
  }

  async verify(authorization: string | undefined): Promise<Actor> {
    const token = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/.exec(authorization ?? '')?.[1];
    if (!token) throw new DomainError('UNAUTHENTICATED', '请先登录：请求缺少登录凭证（Bearer 令牌）');
    return this.verified.remembered(token, () => this.verifyAnew(token));
  }

  private async verifyAnew(token: string): Promise<{ value: Actor; expiresAtMs: number }> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.key as Uint8Array, {
        algorithms: this.algorithms,
        clockTolerance: 30,
        requiredClaims: ['exp', 'sub'],
        currentDate: new Date(this.now()),
        ...(this.env.AUTH_ISSUER ? { issuer: this.env.AUTH_ISSUER } : {}),
        ...(this.env.AUTH_AUDIENCE ? { audience: this.env.AUTH_AUDIENCE } : {}),
      }));
    } catch {
      throw new DomainError('UNAUTHENTICATED', '登录凭证无效或已过期，请重新登录');
    }
    const claims = validatePayload(StaffClaims, pickClaims(payload), 'strict');
    if (!claims.ok) throw new DomainError('UNAUTHENTICATED', '登录凭证缺少有效的员工信息，请重新登录');
    return { value: sharedActor(toActor(claims.value)), expiresAtMs: (payload.exp ?? 0) * 1000 };
  }
}

function pickClaims(payload: unknown): Record<string, unknown> {
  const p = payload as Record<string, unknown>;
  return {
    sub: p['sub'],
    name: p['name'],
    company: p['company'],
    roles: p['roles'],
    communities: p['communities'],
  };
}
