import { describe, expect, it } from '@jest/globals';
import { matchRoute } from './routing';

describe('routes of the console', () => {
  it('match a pattern with parameters, decoded', () => {
    expect(matchRoute('/complaints/:id', '/complaints/0190f1c2-7d3a')).toEqual({ id: '0190f1c2-7d3a' });
    expect(matchRoute('/complaints/:id', '/complaints/%E6%8A%95%E8%AF%89')).toEqual({ id: '投诉' });
  });

  it('do not match other lengths or literal parts', () => {
    expect(matchRoute('/complaints/:id', '/complaints')).toBeUndefined();
    expect(matchRoute('/complaints/:id', '/complaints/a/b')).toBeUndefined();
    expect(matchRoute('/complaints/:id', '/units/a')).toBeUndefined();
  });
});
