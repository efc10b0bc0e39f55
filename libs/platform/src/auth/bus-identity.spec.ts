import { generateKeyPairSync } from 'node:crypto';
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
const signerOf = (issuer: string, ttl = 60) =>
  new BusIdentitySigner(issuer, DEVELOPMENT_BUS_KEYS[issuer]!.privateKey, ttl);

describe('the signed identity on the bus', () => {
  it('carries the staff member the gateway signed, and a service that signs only itself', async () => {
    expect(await verifier.verify(await signerOf('gateway').sign(staff))).toEqual(staff);
    expect(await verifier.verify(await signerOf('complaints').sign(complaintsItself))).toEqual(
      complaintsItself,
    );
    await expect(signerOf('complaints').sign(staff)).rejects.toThrow(/only its own identity/);
  });

  it('refuses an identity that is unsigned, forged, expired, for another audience, or a service posing as staff', async () => {
    const refused = { code: 'UNAUTHENTICATED' };
    // The old header: base64url JSON, signed by nobody.
    const unsigned = Buffer.from(JSON.stringify(staff)).toString('base64url');
    await expect(verifier.verify(unsigned)).rejects.toMatchObject(refused);
    // Well-formed but signed by a key nobody trusts, claiming to be the gateway.
    const { privateKey } = generateKeyPairSync('ed25519');
    const forged = await new SignJWT({
      name: staff.name,
      company: 'HRX',
      roles: ['admin'],
      communities: ['*'],
    })
      .setProtectedHeader({ alg: 'EdDSA', kid: 'gateway' })
      .setIssuer('gateway')
      .setAudience('pcs-bus')
      .setSubject('staff-0001')
      .setIssuedAt()
      .setExpirationTime('1m')
      .sign(privateKey);
    await expect(verifier.verify(forged)).rejects.toMatchObject(refused);
    // alg none.
    const none = `${Buffer.from('{"alg":"none","kid":"gateway"}').toString('base64url')}.${unsigned}.`;
    await expect(verifier.verify(none)).rejects.toMatchObject(refused);
    // Expired a minute ago: a header captured earlier and replayed.
    const gatewayKey = (await import('node:crypto')).createPrivateKey({
      key: Buffer.from(DEVELOPMENT_BUS_KEYS['gateway']!.privateKey, 'base64'),
      format: 'der',
      type: 'pkcs8',
    });
    const claims = { name: staff.name, company: 'HRX', roles: staff.roles, communities: staff.communities };
    const now = Math.floor(Date.now() / 1000);
    const expired = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'EdDSA', kid: 'gateway' })
      .setIssuer('gateway')
      .setAudience('pcs-bus')
      .setSubject(staff.sub)
      .setIssuedAt(now - 120)
      .setExpirationTime(now - 60)
      .sign(gatewayKey);
    await expect(verifier.verify(expired)).rejects.toMatchObject(refused);
    const otherAudience = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'EdDSA', kid: 'gateway' })
      .setIssuer('gateway')
      .setAudience('somebody-else')
      .setSubject(staff.sub)
      .setIssuedAt()
      .setExpirationTime('1m')
      .sign(gatewayKey);
    await expect(verifier.verify(otherAudience)).rejects.toMatchObject(refused);
    // A service's own key, but a staff member's identity: only the gateway speaks for staff.
    const complaintsKey = (await import('node:crypto')).createPrivateKey({
      key: Buffer.from(DEVELOPMENT_BUS_KEYS['complaints']!.privateKey, 'base64'),
      format: 'der',
      type: 'pkcs8',
    });
    const posing = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'EdDSA', kid: 'complaints' })
      .setIssuer('complaints')
      .setAudience('pcs-bus')
      .setSubject(staff.sub)
      .setIssuedAt()
      .setExpirationTime('1m')
      .sign(complaintsKey);
    await expect(verifier.verify(posing)).rejects.toMatchObject(refused);
    // The key of one issuer under the name of another.
    const swapped = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'EdDSA', kid: 'gateway' })
      .setIssuer('gateway')
      .setAudience('pcs-bus')
      .setSubject(staff.sub)
      .setIssuedAt()
      .setExpirationTime('1m')
      .sign(complaintsKey);
    await expect(verifier.verify(swapped)).rejects.toMatchObject(refused);
    // A service's own key, named as its own, but claiming to be issued by the gateway.
    const relabelled = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'EdDSA', kid: 'complaints' })
      .setIssuer('gateway')
      .setAudience('pcs-bus')
      .setSubject(staff.sub)
      .setIssuedAt()
      .setExpirationTime('1m')
      .sign(complaintsKey);
    await expect(verifier.verify(relabelled)).rejects.toMatchObject(refused);
  });
});
