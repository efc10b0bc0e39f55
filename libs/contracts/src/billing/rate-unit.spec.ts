import { describe, expect, it } from '@jest/globals';
import { basisLabelOf, FeeBasis, RateUnit, rateUnitOf } from './billing-codes.js';

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

  it('BIL-1 (decision 0388): an item’s basis label agrees with its rate’s unit: a one-off item is 一次性收费（元/次）', () => {
    expect(basisLabelOf({ basis: 'fixed', code: 'decoration-waste-removal' })).toBe('一次性收费（元/次）');
    expect(basisLabelOf({ basis: 'fixed', code: 'move-in-fees' })).toBe('一次性收费（元/次）');
    expect(basisLabelOf({ basis: 'fixed', code: 'rubbish' })).toBe(FeeBasis.label('fixed'));
    expect(basisLabelOf({ basis: 'per-square-metre', code: 'property-management' })).toBe(
      FeeBasis.label('per-square-metre'),
    );
    expect(basisLabelOf({ basis: 'metered', code: 'water' })).toBe(FeeBasis.label('metered'));
    for (const basis of FeeBasis.codes)
      for (const code of ['move-in-fees', 'rubbish', 'water']) {
        const label = basisLabelOf({ basis, code });
        // 元/次 in the basis exactly when the rate is per time; 元/月 never beside 元/次.
        expect(label.includes('元/次')).toBe(rateUnitOf({ basis, code }) === 'per-time');
      }
  });
});
