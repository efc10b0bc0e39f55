import { describe, expect, it } from '@jest/globals';
import { ListFeeItems, SetFeeItemRate, type FeeItemsView, type FeeItemView } from '@pcs/contracts';
import { staff, useService } from '@pcs/testing';
import { billingService } from '../src/billing.service-spec.js';

const finance = staff({ sub: 'staff-0301', name: '周敏', roles: ['finance'], communities: ['*'] });

describe('fee items say what their rate is per (BIL-1, decision 0361)', () => {
  const fixture = useService(billingService);
  const request = <R>(def: { subject: string }, payload: object) =>
    fixture.bus.request(def as never, payload, finance) as Promise<R>;

  it('BIL-1 (decisions 0361, 0388): a one-off item is priced 元/次 and its basis says 一次性收费, a monthly one 元/月 or 元/平方米·月, a metered one per its meter’s unit', async () => {
    const from = { effectiveFrom: '2026-01-01' };
    const items = [
      { code: 'property-management', name: '物业管理费', basis: 'per-square-metre', rateFen: 300 },
      { code: 'rubbish', name: '生活垃圾处理费', basis: 'fixed', rateFen: 1_500 },
      { code: 'move-in-fees', name: '入住费用', basis: 'fixed', rateFen: 300_000 },
      { code: 'decoration-waste-removal', name: '装修垃圾清运费', basis: 'fixed', rateFen: 50_000 },
      { code: 'water', name: '水费', basis: 'metered', rateFen: 385 },
      { code: 'electricity', name: '电费', basis: 'metered', rateFen: 68 },
      { code: 'gas', name: '燃气费', basis: 'metered', rateFen: 300 },
    ];
    const set = await request<FeeItemView>(SetFeeItemRate, { ...items[2], ...from });
    // Decision 0388: its basis says so too, never 「固定金额（元/月）」 next to 元/次.
    expect(set).toMatchObject({
      basisLabel: '一次性收费（元/次）',
      rateUnit: 'per-time',
      rateUnitLabel: '元/次',
    });
    for (const item of items) await request(SetFeeItemRate, { ...item, ...from });
    const listed = await request<FeeItemsView>(ListFeeItems, {});
    expect(listed.items.map((i) => [i.code, i.rateUnit, i.rateUnitLabel])).toEqual([
      ['decoration-waste-removal', 'per-time', '元/次'],
      ['electricity', 'per-kwh', '元/度'],
      ['gas', 'per-usage', '元/用量'],
      ['move-in-fees', 'per-time', '元/次'],
      ['property-management', 'per-square-metre-month', '元/平方米·月'],
      ['rubbish', 'per-month', '元/月'],
      ['water', 'per-tonne', '元/吨'],
    ]);
    // BIL-1 (decision 0388): every basis label agrees with the rate's unit.
    expect(listed.items.map((i) => [i.code, i.basisLabel])).toEqual([
      ['decoration-waste-removal', '一次性收费（元/次）'],
      ['electricity', '按表计量（元/度、吨或小时，逐月抄表）'],
      ['gas', '按表计量（元/度、吨或小时，逐月抄表）'],
      ['move-in-fees', '一次性收费（元/次）'],
      ['property-management', '按建筑面积计费（元/平方米·月）'],
      ['rubbish', '固定金额（元/月）'],
      ['water', '按表计量（元/度、吨或小时，逐月抄表）'],
    ]);
  });
});
