import { describe, expect, it } from '@jest/globals';
import { FEE_BASIS_OPTIONS, feeItemBody } from './fee-item-form';

const form = {
  code: ' water ',
  name: ' 水费 ',
  basis: 'metered' as const,
  rateYuan: '3.85',
  effectiveFrom: '2027-01-01',
};

describe('the fee-item form as the body the API takes (BIL-1)', () => {
  it('sends the yuan typed as integer fen; unit types only when chosen, so an item keeps its own', () => {
    expect(feeItemBody(form)).toEqual({
      ok: true,
      body: { code: 'water', name: '水费', basis: 'metered', rateFen: 385, effectiveFrom: '2027-01-01' },
    });
    expect(feeItemBody({ ...form, unitTypes: ['residence', 'apartment'] })).toMatchObject({
      ok: true,
      body: { unitTypes: ['residence', 'apartment'] },
    });
    expect(feeItemBody({ ...form, unitTypes: [] })).toMatchObject({ ok: true });
    expect(FEE_BASIS_OPTIONS.map((o) => o.value)).toEqual(['per-square-metre', 'fixed', 'metered']);
  });

  it('names each field a member of finance must correct, in Chinese', () => {
    const parsed = feeItemBody({ code: 'Water', name: '水', rateYuan: '3.855', effectiveFrom: '2027-1-1' });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((e) => e.name)).toEqual(['code', 'name', 'basis', 'rateYuan', 'effectiveFrom']);
    expect(parsed.errors.every((e) => /[\u4e00-\u9fff]/.test(e.message))).toBe(true);
  });
});
