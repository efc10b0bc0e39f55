import { describe, expect, it } from '@jest/globals';
import { BASIS_OPTIONS, sharedMeterBody, UTILITY_OPTIONS } from './shared-meter-form';

const a = { unitId: '0b8a3e0e-8a55-4b5e-9f7e-3f0f3f0f3f01', label: '5栋0801' };
const b = { unitId: '0b8a3e0e-8a55-4b5e-9f7e-3f0f3f0f3f02', label: '5栋0802' };
const form = {
  communityId: 'GZ01',
  period: ' 2026-11 ',
  meterCode: ' B5-W01 ',
  utility: 'public-water' as const,
  basis: 'floor-area' as const,
  amountYuan: '1234.5',
};

describe('the shared-meter form as the body the API takes (BIL-3)', () => {
  it('sends the yuan typed as integer fen and the chosen units; usages only by sub-meter', () => {
    expect(sharedMeterBody(form, [a, { ...b, usage: '12' }])).toEqual({
      ok: true,
      body: {
        communityId: 'GZ01',
        period: '2026-11',
        meterCode: 'B5-W01',
        utility: 'public-water',
        basis: 'floor-area',
        amountFen: 123_450,
        units: [{ unitId: a.unitId }, { unitId: b.unitId }],
      },
    });
    const bySubMeter = sharedMeterBody({ ...form, basis: 'sub-meter' }, [
      { ...a, usage: ' 0 ' },
      { ...b, usage: '340' },
    ]);
    expect(bySubMeter.ok && bySubMeter.body.units).toEqual([
      { unitId: a.unitId, usage: 0 },
      { unitId: b.unitId, usage: 340 },
    ]);
  });

  it('names each refused field in Chinese, and the units whose usage is missing', () => {
    expect(sharedMeterBody({ amountYuan: '0', meterCode: 'B5 W01', period: '2026-13' }, [])).toEqual({
      ok: false,
      errors: [
        { name: 'communityId', message: '请选择小区' },
        { name: 'period', message: '月份格式为 2026-11' },
        { name: 'meterCode', message: expect.stringMatching(/^表计编号/) },
        { name: 'utility', message: '请选择分摊项目' },
        { name: 'basis', message: '请选择分摊方式' },
        { name: 'amountYuan', message: '金额须大于零' },
        { name: 'units', message: '请至少选择一户' },
      ],
    });
    expect(sharedMeterBody({ ...form, basis: 'sub-meter' }, [{ ...a, usage: '1.5' }, b])).toEqual({
      ok: false,
      errors: [{ name: 'units', message: '请填写分表用量（非负整数）：5栋0801、5栋0802' }],
    });
  });

  it('offers every utility and basis with its Chinese label', () => {
    expect(UTILITY_OPTIONS.map((o) => o.label)).toEqual(['公共用水分摊', '公共用电分摊', '加时空调费分摊']);
    expect(BASIS_OPTIONS.map((o) => o.label)).toEqual(['按建筑面积分摊', '按分表用量分摊']);
  });
});
