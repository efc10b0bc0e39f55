import { describe, expect, it } from '@jest/globals';
import { ONE_OFF_ITEM_CODES, rateUnitOf } from '@pcs/contracts';
import { DEFAULT_ONE_OFF_PRICES_FEN } from './one-off-prices.js';

describe('one-off items (BIL-1, decision 0361)', () => {
  it('BIL-1 (decision 0361): every item billing prices as a one-off charge is labelled per time, never per month', () => {
    for (const code of Object.keys(DEFAULT_ONE_OFF_PRICES_FEN)) {
      expect(ONE_OFF_ITEM_CODES).toContain(code);
      expect(rateUnitOf({ basis: 'fixed', code })).toBe('per-time');
    }
  });
});
