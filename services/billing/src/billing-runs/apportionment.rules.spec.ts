import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { apportion } from './apportionment.rules.js';

describe('shared-meter apportionment (BIL-3)', () => {
  it('BIL-3: by floor area, the rounding remainder goes to the largest share', () => {
    // A lift's electricity of ¥1,000.00 over three units of 89.50, 112.30 and 89.50 m².
    const parts = apportion(100_000n, [
      { id: '1201', weight: 8_950n },
      { id: '1202', weight: 11_230n },
      { id: '1501', weight: 8_950n },
    ]);
    expect(parts).toEqual(
      new Map([
        ['1201', 30_724n],
        ['1202', 38_552n],
        ['1501', 30_724n],
      ]),
    );
  });

  it('BIL-3: the parts always add up exactly to the total, each within a fen of its exact share but the largest', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10_000_000_000n }),
        fc.uniqueArray(fc.record({ id: fc.uuid(), weight: fc.bigInt({ min: 0n, max: 1_000_000n }) }), {
          minLength: 1,
          maxLength: 40,
          selector: (s) => s.id,
        }),
        (total, shares) => {
          fc.pre(shares.some((s) => s.weight > 0n));
          const parts = apportion(total, shares);
          expect([...parts.values()].reduce((a, b) => a + b, 0n)).toBe(total);
          const weight = shares.reduce((a, s) => a + s.weight, 0n);
          const largest = shares.reduce((a, s) => (s.weight > a.weight ? s : a));
          for (const s of shares) {
            const exactFloor = (total * s.weight) / weight;
            const part = parts.get(s.id)!;
            if (s.id === largest.id) expect(part >= exactFloor).toBe(true);
            else expect(part).toBe(exactFloor);
          }
        },
      ),
    );
  });

  it('BIL-3: refuses what cannot be apportioned', () => {
    expect(() => apportion(100n, [{ id: 'a', weight: 0n }])).toThrow(RangeError);
    expect(() => apportion(-1n, [{ id: 'a', weight: 1n }])).toThrow(RangeError);
  });
});
