import { SignJWT } from 'jose';
import type { Role } from '@pcs/contracts';

/** The claims of a staff token (interfaces: sub, name, company, roles, communities). */
export interface StaffTokenClaims {
  sub: string;
  name: string;
  company: string;
  roles: Role[];
  communities: string[];
}

/**
 * Signs a staff token with a shared HS256 secret: development and tests. Production tokens come from
 * the company's OIDC issuer and are verified against its JWKS.
 */
export async function signStaffToken(
  claims: StaffTokenClaims,
  secret: string,
  options: { ttlSeconds?: number; issuer?: string; audience?: string } = {},
): Promise<string> {
  let jwt = new SignJWT({
    name: claims.name,
    company: claims.company,
    roles: claims.roles,
    communities: claims.communities,
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + (options.ttlSeconds ?? 12 * 3600));
  if (options.issuer) jwt = jwt.setIssuer(options.issuer);
  if (options.audience) jwt = jwt.setAudience(options.audience);
  return jwt.sign(new TextEncoder().encode(secret));
}
