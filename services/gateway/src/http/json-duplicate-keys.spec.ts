import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { firstDuplicateKey } from './json-duplicate-keys.js';

describe('firstDuplicateKey', () => {
  it('finds nothing in JSON that JSON.stringify wrote, whatever it holds (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        expect(firstDuplicateKey(JSON.stringify(value))).toBeUndefined();
      }),
      { numRuns: 1_000 },
    );
  });

  it('names the path of a key given twice, however it is nested (property)', () => {
    const key = fc.stringMatching(/^[a-z]{1,8}$/).filter((k) => k !== 'other');
    fc.assert(
      fc.property(
        key,
        fc.array(fc.oneof(key, fc.nat({ max: 3 })), { maxLength: 4 }),
        key,
        (first, rest, twice) => {
          const path = [first, ...rest];
          // Siblings before each step, so that the scan must tell keys, values and indexes apart.
          let json = `{"other":"${twice}",${JSON.stringify(twice)}:1,${JSON.stringify(twice)}:2}`;
          for (const part of [...path].reverse()) {
            json =
              typeof part === 'number'
                ? `[${'{"a":1},'.repeat(part)}${json}]`
                : `{"other":[1,{"other":1}],${JSON.stringify(part)}:${json}}`;
          }
          const expected = [...path, twice].reduce<string>(
            (name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${part}` : part),
            '',
          );
          expect(firstDuplicateKey(json)).toBe(expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('compares keys as JSON reads them, escapes included', () => {
    expect(firstDuplicateKey('{"a":1,"\\u0061":2}')).toBe('a');
    expect(firstDuplicateKey('{"a":"\\"a\\":","b":{"a":1}}')).toBeUndefined();
    expect(firstDuplicateKey('{"keys":[{"kind":"x"},{"kind":"y","kind":"z"}]}')).toBe('keys[1].kind');
    // A string that ends in an escaped backslash ends at the next quote; an escaped quote does not end it.
    expect(firstDuplicateKey('{"x":"\\\\\\\\","x":1}')).toBe('x');
    expect(firstDuplicateKey('{"x":"\\"x\\":1,","y":1}')).toBeUndefined();
    expect(firstDuplicateKey('{"a\\\\":1,"a\\\\":2}')).toBe('a\\');
  });
});
