import { describe, expect, it } from '@jest/globals';
import { signStaffToken } from '@pcs/platform';
import { GatewayEnv } from '../config/gateway-env.js';
import { TokenVerifier } from './token-verifier.js';

const SECRET = 'a-development-secret-of-at-least-32-characters';
const env = Object.assign(new GatewayEnv(), { AUTH_JWT_SECRET: SECRET, NODE_ENV: 'development' });
const claims = {
  sub: 'staff-0001',
  name: '李娜',
  company: 'HRX',
  roles: ['front-desk' as const],
  communities: ['GZ01'],
};

describe('TokenVerifier', () => {
  it('verifies a token once and answers it again from memory, the same frozen actor', async () => {
    const verifier = new TokenVerifier(env);
    const token = await signStaffToken(claims, SECRET);
    const actor = await verifier.verify(`Bearer ${token}`);
    expect(actor).toEqual({
      sub: 'staff-0001',
      name: '李娜',
      companyId: 'HRX',
      roles: ['front-desk'],
      communities: ['GZ01'],
    });
    expect(await verifier.verify(`Bearer ${token}`)).toBe(actor);
    expect(Object.isFrozen(actor) && Object.isFrozen(actor.roles) && Object.isFrozen(actor.communities)).toBe(
      true,
    );
  });

  it('refuses a remembered token once it has expired, beyond the clock tolerance', async () => {
    let now = Date.now();
    const verifier = new TokenVerifier(env, () => now);
    const token = await signStaffToken(claims, SECRET, { ttlSeconds: 20 });
    await verifier.verify(`Bearer ${token}`);
    now += 19_000;
    await expect(verifier.verify(`Bearer ${token}`)).resolves.toMatchObject({ sub: 'staff-0001' });
    now += 32_000;
    await expect(verifier.verify(`Bearer ${token}`)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('re-verifies a long-lived token after a minute, and keeps refusing a bad one', async () => {
    let now = Date.now();
    const verifier = new TokenVerifier(env, () => now);
    const token = await signStaffToken(claims, SECRET);
    const first = await verifier.verify(`Bearer ${token}`);
    now += 61_000;
    const again = await verifier.verify(`Bearer ${token}`);
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
    const forged = await signStaffToken(claims, 'another-secret-of-at-least-32-characters!!');
    for (let i = 0; i < 2; i++) {
      await expect(verifier.verify(`Bearer ${forged}`)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    }
  });
});
