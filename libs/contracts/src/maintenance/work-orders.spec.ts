import { describe, expect, it } from '@jest/globals';
import { validatePayload } from '../validation/validate-payload.js';
import { WorkDoneDetailsV1 } from './work-orders.js';

const fieldsOf = (quantity: unknown): string[] => {
  const result = validatePayload(WorkDoneDetailsV1, {
    workDone: '更换水管',
    materials: [{ name: 'PPR管', quantity, unit: '米', costFen: 5_000 }],
  });
  return result.ok ? [] : [...new Set(result.errors.map((e) => e.field))];
};

describe('MNT-7: materials of a work record', () => {
  it('MNT-7: a quantity may have up to 3 decimals (1.5 米); the cost stays integer fen (decision 0327)', () => {
    for (const quantity of [1, 1.5, 0.5, 0.001, 2.25, 100_000]) expect(fieldsOf(quantity)).toEqual([]);
    for (const quantity of [0, -1, 0.0001, 1.2345, 100_001, '1.5', Number.NaN]) {
      expect(fieldsOf(quantity)).toEqual(['materials[0].quantity']);
    }
  });
});
