import { createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { SignJWT } from 'jose';
import type { Actor } from '@pcs/contracts';
import { BusIdentitySigner, BusIdentityVerifier, parseTrustedKeys } from './bus-identity.js';
import { DEVELOPMENT_BUS_KEYS, developmentBusEnv } from './development-bus-keys.js';

const staff: Actor = {
  sub: 'staff-0001',
  name: '李娜',
  companyId: 'HRX',
  roles: ['front-desk'],
  communities: ['GZ01'],
};
const complaintsItself: Actor = { ...staff, sub: 'service:complaints', name: 'complaints', roles: [] };
const verifier = new BusIdentityVerifier(parseTrustedKeys(developmentBusEnv('complaints').BUS_TRUSTED_KEYS!));
const signerOf = (issuer: string) => new BusIdentitySigner(issuer, DEVELOPMENT_BUS_KEYS[issuer]!.privateKey);
const developmentKey = (issuer: string): KeyObject =>
  createPrivateKey({
    key: Buffer.from(DEVELOPMENT_BUS_KEYS[issuer]!.privateKey, 'base64'),
    format: 'der',
    type: 'pkcs8',
  });

/** A token as an attacker could make it: any key, any header and claims. */
function craft(
  key: KeyObject,
  options: { kid?: string; iss?: string; aud?: string; sub?: string; expiresIn?: number } = {},
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const expiresIn = options.expiresIn ?? 60;
  return new SignJWT({ name: staff.name, company: 'HRX', roles: ['admin'], communities: ['*'] })
    .setProtectedHeader({ alg: 'EdDSA', kid: options.kid ?? 'gateway' })
    .setIssuer(options.iss ?? 'gateway')
    .setAudience(options.aud ?? 'pcs-bus')
    .setSubject(options.sub ?? staff.sub)
    .setIssuedAt(Math.min(now, now + expiresIn - 60))
    .setExpirationTime(now + expiresIn)
    .sign(key);
}

describe('the signed identity on the bus', () => {
  it('carries the staff member the gateway signed, and a service that signs only itself', async () => {
    expect(await verifier.verify(await signerOf('gateway').sign(staff))).toEqual(staff);
    expect(await verifier.verify(await signerOf('complaints').sign(complaintsItself))).toEqual(
      complaintsItself,
    );
    await expect(signerOf('complaints').sign(staff)).rejects.toThrow(/only its own identity/);
    // The gateway's own key, crafted by hand, is as good as the signer's.
    expect(await verifier.verify(await craft(developmentKey('gateway')))).toMatchObject({ roles: ['admin'] });
  });

  it('refuses an identity that is unsigned, forged, expired, for another audience, or a service posing as staff', async () => {
    const unsigned = Buffer.from(JSON.stringify(staff)).toString('base64url');
    const refused: [string, string][] = [
      // The old header: base64url JSON, signed by nobody.
      ['unsigned', unsigned],
      ['alg none', `${Buffer.from('{"alg":"none","kid":"gateway"}').toString('base64url')}.${unsigned}.`],
      // Well-formed but signed by a key nobody trusts, claiming to be the gateway.
      ['forged', await craft(generateKeyPairSync('ed25519').privateKey)],
      // Expired a minute ago: a header captured earlier and replayed.
      ['expired', await craft(developmentKey('gateway'), { expiresIn: -60 })],
      ['other audience', await craft(developmentKey('gateway'), { aud: 'somebody-else' })],
      // A service's own key, but a staff member's identity: only the gateway speaks for staff.
      ['service posing', await craft(developmentKey('complaints'), { kid: 'complaints', iss: 'complaints' })],
      // One issuer's key under the name of another.
      ['swapped key', await craft(developmentKey('complaints'))],
      // A service's key, named as its own, but claiming to be issued by the gateway.
      ['relabelled', await craft(developmentKey('complaints'), { kid: 'complaints' })],
    ];
    for (const [what, token] of refused) {
      await expect(verifier.verify(token).then(() => what)).rejects.toMatchObject({
        code: 'UNAUTHENTICATED',
      });
    }
  });

  it('signs an identity once and reuses the token for the first half of its life', async () => {
    let now = Date.now();
    const signer = new BusIdentitySigner(
      'gateway',
      DEVELOPMENT_BUS_KEYS['gateway']!.privateKey,
      60,
      () => now,
    );
    const first = await signer.sign(staff);
    expect(await signer.sign({ ...staff })).toBe(first);
    // Another member, or the same member with other roles, gets a token of their own.
    expect(await signer.sign({ ...staff, roles: ['admin'] })).not.toBe(first);
    expect(await signer.sign({ ...staff, sub: 'staff-0002' })).not.toBe(first);
    now += 30_000;
    const renewed = await signer.sign(staff);
    expect(renewed).not.toBe(first);
    expect(await verifier.verify(renewed)).toEqual(staff);
  });

  it('remembers a verified token until it expires, then refuses it as before', async () => {
    let now = Date.now();
    const clockedVerifier = new BusIdentityVerifier(
      parseTrustedKeys(developmentBusEnv('complaints').BUS_TRUSTED_KEYS!),
      () => now,
    );
    const token = await new BusIdentitySigner(
      'gateway',
      DEVELOPMENT_BUS_KEYS['gateway']!.privateKey,
      10,
      () => now,
    ).sign(staff);
    const actor = await clockedVerifier.verify(token);
    expect(actor).toEqual(staff);
    expect(await clockedVerifier.verify(token)).toBe(actor);
    // Shared by every request that sends the token: nobody can change it for the others.
    expect(Object.isFrozen(actor) && Object.isFrozen(actor.roles) && Object.isFrozen(actor.communities)).toBe(
      true,
    );
    // Past its expiry and the clock tolerance, the remembered answer is gone and the token refused.
    now += 16_000;
    await expect(clockedVerifier.verify(token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('does not remember a refusal: a token refused once is refused again', async () => {
    const forged = await craft(generateKeyPairSync('ed25519').privateKey);
    await expect(verifier.verify(forged)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(verifier.verify(forged)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
