import { describe, expect, it } from '@jest/globals';
import { basisText, FEE_BASIS_OPTIONS, feeItemBody, rateShownToday, rateUnitText } from './fee-item-form';

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

  it('BIL-1 (decision 0361): a one-off item is shown per time, never 元/月; monthly and metered items per their unit', () => {
    const item = (
      code: string,
      basis: 'per-square-metre' | 'fixed' | 'metered',
      basisLabel = '固定金额（元/月）',
    ) => ({
      code,
      basis,
      basisLabel,
    });
    expect(rateUnitText(item('property-management', 'per-square-metre'))).toBe('元/平方米·月');
    expect(rateUnitText(item('rubbish', 'fixed'))).toBe('元/月');
    expect(rateUnitText(item('move-in-fees', 'fixed'))).toBe('元/次');
    expect(rateUnitText(item('decoration-waste-removal', 'fixed'))).toBe('元/次');
    expect(rateUnitText(item('water', 'metered'))).toBe('元/吨');
    expect(rateUnitText(item('electricity', 'metered'))).toBe('元/度');
    expect(rateUnitText(item('gas', 'metered'))).toBe('元/用量');
    // The API's label wins once the view carries it.
    expect(rateUnitText({ ...item('rubbish', 'fixed'), rateUnitLabel: '元/次' })).toBe('元/次');
    expect(basisText(item('move-in-fees', 'fixed'))).toBe('一次性收费（元/次）');
    expect(basisText(item('rubbish', 'fixed'))).toBe('固定金额（元/月）');
  });
});

describe('the price 收费项目 shows for today (BIL-1)', () => {
  const rate = (effectiveFrom: string, rateFen: number) => ({ effectiveFrom, rateFen }) as never;

  it('is the last rate begun on or before today', () => {
    expect(rateShownToday([rate('2026-01-01', 100), rate('2026-12-01', 200)], '2026-12-08')).toEqual({
      rate: rate('2026-12-01', 200),
    });
  });

  it('a rate that starts tomorrow is shown with its day, not as today’s price', () => {
    expect(rateShownToday([rate('2026-12-09', 60_000)], '2026-12-08')).toEqual({
      rate: rate('2026-12-09', 60_000),
      from: '2026-12-09',
    });
  });

  it('an item with no rate shows none', () => {
    expect(rateShownToday([], '2026-12-08')).toBeUndefined();
  });
});
