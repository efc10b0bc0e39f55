import { generateKeyPairSync } from 'node:crypto';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CommunityCreated, RegisterComplaint, ResidentsBus } from '@pcs/contracts';
import { BusIdentitySigner, CommunityTimeZones, DEVELOPMENT_BUS_KEYS } from '@pcs/platform';
import { complaintRegistration, eventually, staff, useService } from '@pcs/testing';
import pg from 'pg';
import { complaintsService } from '../src/complaints.service-spec.js';
import { announceCommunities } from './announce-communities.js';

/** The identity the gateway signs, with a lifetime short enough to outlive in a test. */
const shortLived = new BusIdentitySigner('gateway', DEVELOPMENT_BUS_KEYS['gateway']!.privateKey, 5);

describe('whom the complaints service trusts', () => {
  const fixture = useService(complaintsService);
  // Entries are taken only in communities residents announced (decision 0194).
  beforeAll(() => announceCommunities(fixture, ['GZ01']));
  const complaints = async (): Promise<number> => {
    const db = new pg.Client({ connectionString: fixture.service.database.url });
    await db.connect();
    try {
      return Number((await db.query<{ n: string }>('select count(*) as n from complaint')).rows[0]?.n);
    } finally {
      await db.end();
    }
  };
  const register = (actorToken: string) =>
    fixture.bus.rawRequest(RegisterComplaint.subject, JSON.stringify(complaintRegistration()), undefined, {
      actorToken,
    });

  it('refuses a caller whose identity is unsigned, forged or a service posing as staff, and writes nothing', async () => {
    const before = await complaints();
    const unsigned = Buffer.from(JSON.stringify(staff({ roles: ['admin'] }))).toString('base64url');
    const posing = await new BusIdentitySigner('residents', DEVELOPMENT_BUS_KEYS['residents']!.privateKey)
      .sign(staff())
      .catch((error: Error) => error.message);
    expect(posing).toMatch(/only its own identity/);
    // Another Ed25519 key under the gateway's name.
    const forgedSigner = new BusIdentitySigner(
      'gateway',
      generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    );
    for (const actorToken of [unsigned, await forgedSigner.sign(staff())]) {
      expect(await register(actorToken)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    }
    expect(await complaints()).toBe(before);
  });

  it('accepts an identity the gateway signed, and refuses the same header replayed after it expired', async () => {
    const before = await complaints();
    const token = await shortLived.sign(staff());
    expect(await register(token)).toMatchObject({ ok: true });
    // Five seconds of life and five of tolerated clock drift.
    await new Promise((resolve) => setTimeout(resolve, 11_000));
    expect(await register(token)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await complaints()).toBe(before + 1);
  });

  it("an Idempotency-Key belongs to its caller: another staff member's same key is another request", async () => {
    const key = { idempotencyKey: 'shared-key-0001' };
    const first = await fixture.bus.request(RegisterComplaint, complaintRegistration(), staff(), key);
    const retry = await fixture.bus.request(RegisterComplaint, complaintRegistration(), staff(), key);
    expect(retry).toEqual(first);
    const colleague = staff({ sub: 'staff-0002', name: '王芳' });
    const theirs = await fixture.bus.request(RegisterComplaint, complaintRegistration(), colleague, key);
    expect(theirs.id).not.toBe(first.id);
    expect(theirs.receivedBy).toEqual({ staffId: 'staff-0002', name: '王芳' });
    // And their key with another body is theirs to reuse wrongly: a 409 for them, nothing for the first.
    await expect(
      fixture.bus.request(RegisterComplaint, complaintRegistration({ demand: '另一个要求' }), colleague, key),
    ).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it("GEN-2: learns each community's time zone from residents' events for the year of its numbers", async () => {
    await fixture.bus.publishEvent(CommunityCreated, ResidentsBus, {
      source: 'residents',
      subject: 'GZ09',
      companyid: 'HRX',
      communityid: 'GZ09',
      aggregateversion: 1,
      data: { communityId: 'GZ09', name: '伦敦花园', kind: 'residential', timeZone: 'Europe/London' },
    });
    const zones = fixture.service.app.get(CommunityTimeZones);
    const em = fixture.service.app.get(MikroORM).em.fork() as EntityManager;
    await eventually(async () => expect(await zones.timeZoneOf(em, 'HRX', 'GZ09')).toBe('Europe/London'));
    // Unknown yet: the company's default zone.
    expect(await zones.timeZoneOf(em, 'HRX', 'GZ77')).toBe('Asia/Shanghai');
  });
});
