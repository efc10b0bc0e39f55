import { describe, expect, it } from '@jest/globals';
import { TokenCache } from './token-cache.js';

describe('TokenCache', () => {
  it('answers a token it was given until the token expires', () => {
    let now = 1_000_000;
    const cache = new TokenCache<string>({ now: () => now });
    cache.set('t', 'actor', now + 5_000);
    expect(cache.get('t')).toBe('actor');
    now += 4_999;
    expect(cache.get('t')).toBe('actor');
    now += 1;
    expect(cache.get('t')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('keeps nothing longer than its maximum age, even a token valid for hours', () => {
    let now = 0;
    const cache = new TokenCache<string>({ maxAgeMs: 60_000, now: () => now });
    cache.set('t', 'actor', 12 * 3600_000);
    now = 59_999;
    expect(cache.get('t')).toBe('actor');
    now = 60_000;
    expect(cache.get('t')).toBeUndefined();
  });

  it('does not keep a token that has already expired', () => {
    const cache = new TokenCache<string>({ now: () => 10_000 });
    cache.set('t', 'actor', 10_000);
    expect(cache.get('t')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('stays within its bound by dropping the oldest entry', () => {
    const cache = new TokenCache<number>({ maxEntries: 3, now: () => 0 });
    for (let i = 0; i < 5; i++) cache.set(`t${i}`, i, 1_000);
    expect(cache.size).toBe(3);
    expect([0, 1, 2, 3, 4].map((i) => cache.get(`t${i}`))).toEqual([undefined, undefined, 2, 3, 4]);
  });

  it('remembers what a verification answered, and never a refusal', async () => {
    const cache = new TokenCache<string>({ now: () => 0 });
    let verifications = 0;
    const verify = (ok: boolean) => async () => {
      verifications++;
      if (!ok) throw new Error('refused');
      return { value: 'actor', expiresAtMs: 1_000 };
    };
    await expect(cache.remembered('bad', verify(false))).rejects.toThrow('refused');
    await expect(cache.remembered('bad', verify(false))).rejects.toThrow('refused');
    expect(await cache.remembered('good', verify(true))).toBe('actor');
    expect(await cache.remembered('good', verify(true))).toBe('actor');
    expect(verifications).toBe(3);
  });
});
