import { describe, expect, it } from '@jest/globals';
import { RateUnit, rateUnitOf } from './billing-codes.js';

describe('RateUnit (BIL-1, decision 0361)', () => {
  it('BIL-1 (decision 0361): each kind of fee item gets the unit its rate is per, with its Chinese label', () => {
    const unitOf = (basis: 'per-square-metre' | 'fixed' | 'metered', code: string) =>
      RateUnit.label(rateUnitOf({ basis, code }));
    expect(unitOf('per-square-metre', 'property-management')).toBe('元/平方米·月');
    expect(unitOf('fixed', 'rubbish')).toBe('元/月');
    expect(unitOf('fixed', 'move-in-fees')).toBe('元/次');
    expect(unitOf('fixed', 'decoration-waste-removal')).toBe('元/次');
    expect(unitOf('fixed', 'decoration-deposit')).toBe('元/次');
    expect(unitOf('fixed', 'paid-service')).toBe('元/次');
    expect(unitOf('metered', 'water')).toBe('元/吨');
    expect(unitOf('metered', 'electricity')).toBe('元/度');
    expect(unitOf('metered', 'overtime-air-conditioning')).toBe('元/小时');
    expect(unitOf('metered', 'gas')).toBe('元/用量');
  });

  it('BIL-1 (decision 0361): every unit code has a Chinese label', () => {
    for (const code of RateUnit.codes) expect(RateUnit.label(code)).toMatch(/^元/);
  });
});
