import { describe, expect, it } from '@jest/globals';
import { isExpired, loadSession, saveSession, sessionOfToken } from './staff-session';

const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const tokenOf = (claims: unknown): string => `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}.c2ln`;
const CLAIMS = {
  sub: 'staff-0001',
  name: '李娜',
  company: 'HRX',
  roles: ['front-desk'],
  communities: ['GZ01', 'GZ02'],
  exp: 1_800_000_000,
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

describe('the signed-in staff member, read from the token', () => {
  it('has the claims the gateway signs, Chinese names included', () => {
    expect(sessionOfToken(tokenOf(CLAIMS))).toEqual({
      token: tokenOf(CLAIMS),
      staffId: 'staff-0001',
      name: '李娜',
      company: 'HRX',
      roles: ['front-desk'],
      communities: ['GZ01', 'GZ02'],
      expiresAt: 1_800_000_000,
    });
  });

  it('is no one for what is not a token, or lacks a subject or expiry', () => {
    expect(sessionOfToken('garbage')).toBeUndefined();
    expect(sessionOfToken('a.%%%.c')).toBeUndefined();
    expect(sessionOfToken(tokenOf({ ...CLAIMS, sub: undefined }))).toBeUndefined();
    expect(sessionOfToken(tokenOf({ ...CLAIMS, exp: undefined }))).toBeUndefined();
  });

  it('expires at the token expiry, after which the tab asks to sign in again', () => {
    const session = sessionOfToken(tokenOf(CLAIMS))!;
    expect(isExpired(session, new Date(1_799_999_999_000))).toBe(false);
    expect(isExpired(session, new Date(1_800_000_000_000))).toBe(true);

    const storage = new MemoryStorage() as unknown as Storage;
    saveSession(storage, session);
    expect(loadSession(storage, new Date(1_799_999_999_000))?.name).toBe('李娜');
    expect(loadSession(storage, new Date(1_800_000_001_000))).toBeUndefined();
    saveSession(storage, undefined);
    expect(loadSession(storage, new Date(0))).toBeUndefined();
  });
});
