import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { DomainError, type Actor, type Role } from '@pcs/contracts';
import { sharedActor, TokenCache } from './token-cache.js';

/** The process that signs the identity of staff members: the HTTP edge, which verified their token. */
export const STAFF_ISSUER = 'gateway';
const AUDIENCE = 'pcs-bus';
/** Clocks of pods drift a little; an expired identity is still refused within seconds. */
const CLOCK_TOLERANCE_SECONDS = 5;

interface ActorClaims extends JWTPayload {
  name: string;
  company: string;
  roles: Role[];
  communities: string[];
}

/** Whatever signs the actor of outgoing requests. */
export interface ActorSigner {
  sign(actor: Actor): Promise<string>;
}

/**
 * Signs the acting identity that travels in the `Pcs-Actor` header: a short-lived JWT (EdDSA) with the
 * process's own key. The gateway signs the staff member whose token it verified; a service signs
 * only itself (`service:<name>`), for work it does on its own behalf.
 */
export class BusIdentitySigner implements ActorSigner {
  private readonly key: KeyObject;
  /**
   * A token is signed once per identity and reused for the first half of its life, so every call
   * carries one with at least half its lifetime left; signing each call was a tenth of the gateway's
   * CPU under load (bench S8).
   */
  private readonly signed: TokenCache<Promise<string>>;

  constructor(
    readonly issuer: string,
    privateKeyBase64: string,
    private readonly ttlSeconds = 60,
    private readonly now: () => number = Date.now,
  ) {
    this.key = createPrivateKey({
      key: Buffer.from(privateKeyBase64, 'base64'),
      format: 'der',
      type: 'pkcs8',
    });
    this.signed = new TokenCache({ maxEntries: 5_000, now });
  }

  sign(actor: Actor): Promise<string> {
    if (this.issuer !== STAFF_ISSUER && actor.sub !== `service:${this.issuer}`) {
      return Promise.reject(new Error(`${this.issuer} may sign only its own identity, not ${actor.sub}`));
    }
    const identity = JSON.stringify([actor.sub, actor.name, actor.companyId, actor.roles, actor.communities]);
    const reused = this.signed.get(identity);
    if (reused) return reused;
    const token = this.signAnew(actor);
    this.signed.set(identity, token, this.now() + (this.ttlSeconds * 1000) / 2);
    // A failed signature is not kept.
    token.catch(() => this.signed.delete(identity));
    return token;
  }

  private signAnew(actor: Actor): Promise<string> {
    const now = Math.floor(this.now() / 1000);
    return new SignJWT({
      name: actor.name,
      company: actor.companyId,
      roles: actor.roles,
      communities: actor.communities,
    } satisfies Omit<ActorClaims, keyof JWTPayload>)
      .setProtectedHeader({ alg: 'EdDSA', kid: this.issuer })
      .setIssuer(this.issuer)
      .setAudience(AUDIENCE)
      .setSubject(actor.sub)
      .setIssuedAt(now)
      .setExpirationTime(now + this.ttlSeconds)
      .sign(this.key);
  }
}

/**
 * Verifies the identity in a request's `Pcs-Actor` header against the trusted public keys, one per
 * issuer. An identity that is unsigned, signed by an unknown key, expired, meant for another
 * audience, or claimed by a service for anyone but itself is refused: a pod that can reach NATS
 * cannot act as a company's staff member unless the gateway said so moments ago.
 */
export class BusIdentityVerifier {
  private readonly keys: Map<string, KeyObject>;
  /** Tokens already verified, until they expire: the gateway reuses one per staff member (see the signer). */
  private readonly verified: TokenCache<Actor>;

  constructor(
    trusted: Record<string, string>,
    private readonly now: () => number = Date.now,
  ) {
    this.verified = new TokenCache({ now });
    this.keys = new Map(
      Object.entries(trusted).map(([issuer, spki]) => [
        issuer,
        createPublicKey({ key: Buffer.from(spki, 'base64'), format: 'der', type: 'spki' }),
      ]),
    );
  }

  verify(token: string): Promise<Actor> {
    return this.verified.remembered(token, () => this.verifyAnew(token));
  }

  private async verifyAnew(token: string): Promise<{ value: Actor; expiresAtMs: number }> {
    let payload: ActorClaims;
    let keyId: string | undefined;
    try {
      ({
        payload,
        protectedHeader: { kid: keyId },
      } = await jwtVerify<ActorClaims>(
        token,
        (header) => {
          const key = header.kid === undefined ? undefined : this.keys.get(header.kid);
          if (!key) throw new Error(`no trusted key for issuer ${String(header.kid)}`);
          return key;
        },
        {
          algorithms: ['EdDSA'],
          audience: AUDIENCE,
          clockTolerance: CLOCK_TOLERANCE_SECONDS,
          requiredClaims: ['iss', 'sub', 'exp', 'iat'],
          currentDate: new Date(this.now()),
        },
      ));
    } catch {
      throw new DomainError(
        'UNAUTHENTICATED',
        "the caller's identity is not signed by a trusted key, or has expired",
      );
    }
    const { iss, sub } = payload;
    const byItself = sub === `service:${iss}`;
    const claimsValid =
      typeof payload.name === 'string' &&
      typeof payload.company === 'string' &&
      Array.isArray(payload.roles) &&
      Array.isArray(payload.communities);
    // The key that signed it decides who may be claimed: `iss` must name that key's owner.
    if (!claimsValid || sub === undefined || iss !== keyId || (iss !== STAFF_ISSUER && !byItself)) {
      throw new DomainError('UNAUTHENTICATED', `${String(iss)} may not act as ${String(sub)}`);
    }
    return {
      value: sharedActor({
        sub,
        name: payload.name,
        companyId: payload.company,
        roles: [...payload.roles],
        communities: [...payload.communities],
      }),
      expiresAtMs: (payload.exp ?? 0) * 1000,
    };
  }
}

/** Parses BUS_TRUSTED_KEYS: `issuer=base64 SPKI` pairs separated by commas. */
export function parseTrustedKeys(value: string): Record<string, string> {
  return Object.fromEntries(
    value
      .split(',')
      .map((pair) => pair.trim())
      .filter(Boolean)
      .map((pair) => {
        const at = pair.indexOf('=');
        return [pair.slice(0, at), pair.slice(at + 1)];
      }),
  );
}
