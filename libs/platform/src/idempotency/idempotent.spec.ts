import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { canonicalJson, hashPayload } from './idempotent.js';

describe('request hashing for Idempotency-Key', () => {
  it('ignores key order and undefined fields, and nothing else', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 2], c: 'x' }, u: undefined })).toBe(
      '{"a":{"c":"x","d":[1,2]},"b":1}',
    );
    expect(hashPayload('op', { a: 1, b: 2 })).toBe(hashPayload('op', { b: 2, a: 1 }));
    expect(hashPayload('op', { a: 1 })).not.toBe(hashPayload('op', { a: 2 }));
    expect(hashPayload('op', { a: 1 })).not.toBe(hashPayload('other', { a: 1 }));
  });

  it('is the same for any re-ordering of the same JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const reordered = JSON.parse(
          JSON.stringify(value, (_k, v: unknown) =>
            v && typeof v === 'object' && !Array.isArray(v)
              ? Object.fromEntries(Object.entries(v).reverse())
              : v,
          ),
        ) as unknown;
        expect(canonicalJson(reordered)).toBe(canonicalJson(value));
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});
