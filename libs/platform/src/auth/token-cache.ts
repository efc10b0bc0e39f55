import type { Actor } from '@pcs/contracts';

/**
 * What a token verified to, kept until the token expires (or for at most `maxAgeMs`), so that a
 * token sent again is not verified again. Checking a signature is most of what authenticating a
 * request costs (EdDSA and HMAC run through WebCrypto's job queue: a fifth of the gateway's CPU under
 * load, bench S8), and the same tokens come back all day: a staff member's token on every request, and
 * the bus identity the gateway signs on every call it makes for that member.
 *
 * Keyed by the whole token, so a hit is exactly what verifying it again would say while it is
 * unexpired; only successes are kept. Bounded: the oldest entry goes first.
 */
export class TokenCache<T> {
  private readonly entries = new Map<string, { value: T; until: number }>();

  constructor(
    private readonly options: { maxEntries?: number; maxAgeMs?: number; now?: () => number } = {},
  ) {}

  get(token: string): T | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (entry.until <= this.now()) {
      this.entries.delete(token);
      return undefined;
    }
    return entry.value;
  }

  /** What `token` verified to: remembered, or verified now by `verify` and remembered if it passed. */
  async remembered(token: string, verify: () => Promise<{ value: T; expiresAtMs: number }>): Promise<T> {
    const known = this.get(token);
    if (known !== undefined) return known;
    const { value, expiresAtMs } = await verify();
    this.set(token, value, expiresAtMs);
    return value;
  }

  /** `expiresAtMs`: when the token stops being valid (its `exp`), in ms since the epoch. */
  set(token: string, value: T, expiresAtMs: number): void {
    const until = Math.min(expiresAtMs, this.now() + (this.options.maxAgeMs ?? 60_000));
    if (until <= this.now()) return;
    if (this.entries.size >= (this.options.maxEntries ?? 10_000)) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(token, { value, until });
  }

  delete(token: string): void {
    this.entries.delete(token);
  }

  get size(): number {
    return this.entries.size;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}

/**
 * An actor remembered for a token is shared by every request that presents it: frozen, so that none
 * can change it for the others.
 */
export function sharedActor(actor: Actor): Actor {
  Object.freeze(actor.roles);
  Object.freeze(actor.communities);
  return Object.freeze(actor);
}
