import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  drawSample,
  firstSurveyTarget,
  reachesFirstSurveyOccupancy,
  sampleSize,
  type Household,
} from './survey-sample.js';

const households = fc.uniqueArray(
  fc.record({ unitId: fc.uuid(), label: fc.stringMatching(/^[1-9]-[1-9]0[1-4]$/) }),
  { selector: (h) => h.unitId, minLength: 1, maxLength: 400 },
);
const rate = fc.integer({ min: 10, max: 25 });
const seed = fc.stringMatching(/^[A-Za-z0-9-]{1,64}$/);

const ids = (hs: Household[]) => hs.map((h) => h.unitId);

describe('the survey sample (SAT-1, SAT-2)', () => {
  it('SAT-2: 10 % of 95 households is 10 (rounded up), 25 % of 8 is 2, 10 % of 3 is 1', () => {
    expect(sampleSize(95, 10)).toBe(10);
    expect(sampleSize(8, 25)).toBe(2);
    expect(sampleSize(3, 10)).toBe(1);
    expect(sampleSize(0, 10)).toBe(0);
  });

  it('SAT-2: the sample is never below the rate of occupied households and not above it by a whole household', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), rate, (occupied, percent) => {
        const size = sampleSize(occupied, percent);
        expect(size * 100).toBeGreaterThanOrEqual(occupied * percent);
        expect(size * 100).toBeGreaterThanOrEqual(occupied * 10);
        expect(size).toBeLessThanOrEqual(occupied);
        if (size > 1) expect((size - 1) * 100).toBeLessThan(occupied * percent);
      }),
    );
  });

  it('SAT-2: a drawn sample has the size asked, no household twice, and only households of the list', () => {
    fc.assert(
      fc.property(households, rate, seed, (list, percent, s) => {
        const size = sampleSize(list.length, percent);
        const sample = drawSample(list, s, size);
        expect(sample).toHaveLength(size);
        expect(new Set(ids(sample)).size).toBe(size);
        const known = new Set(ids(list));
        for (const h of sample) expect(known.has(h.unitId)).toBe(true);
      }),
    );
  });

  it('SAT-2: the same seed and households give the same sample, whatever their order or repeats', () => {
    fc.assert(
      fc.property(households, rate, seed, fc.integer(), (list, percent, s, shift) => {
        const size = sampleSize(list.length, percent);
        const k = Math.abs(shift) % list.length;
        const reordered = [...list.slice(k), ...list.slice(0, k), ...list.slice(0, 3)].reverse();
        expect(drawSample(reordered, s, size)).toEqual(drawSample(list, s, size));
      }),
    );
  });

  it('SAT-2: another seed draws another sample (the draw depends on the seed)', () => {
    const list = Array.from({ length: 200 }, (_, i) => ({
      unitId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      label: `1-${i}`,
    }));
    expect(ids(drawSample(list, 'seed-a', 20))).not.toEqual(ids(drawSample(list, 'seed-b', 20)));
  });

  it('SAT-1: the first survey is planned at half the households occupied, and must reach 90 % of them', () => {
    expect(reachesFirstSurveyOccupancy(49, 100)).toBe(false);
    expect(reachesFirstSurveyOccupancy(50, 100)).toBe(true);
    expect(reachesFirstSurveyOccupancy(0, 0)).toBe(false);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (occupied) => {
        const target = firstSurveyTarget(occupied);
        expect(target * 100).toBeGreaterThanOrEqual(occupied * 90);
        expect(target).toBeLessThanOrEqual(occupied);
      }),
    );
  });
});
