import { describe, expect, it } from '@jest/globals';
import { meterReadingBody, sheetTitle } from './meter-reading-form';

const unitId = '0b8a3e0e-8a55-4b5e-9f7e-3f0f3f0f3f01';
const form = {
  communityId: 'GZ01',
  period: ' 2026-11 ',
  itemCode: ' water ',
  unitId,
  reading: ' 1030 ',
};

describe('the meter-reading form as the body the API takes (BIL-1)', () => {
  it('sends whole readings; the previous one only when typed, a replacement only when ticked', () => {
    expect(meterReadingBody(form)).toEqual({
      ok: true,
      body: { communityId: 'GZ01', unitId, itemCode: 'water', period: '2026-11', reading: 1030 },
    });
    expect(meterReadingBody({ ...form, previousReading: '0', meterReplaced: true, note: ' 换表 ' })).toEqual({
      ok: true,
      body: {
        communityId: 'GZ01',
        unitId,
        itemCode: 'water',
        period: '2026-11',
        reading: 1030,
        previousReading: 0,
        meterReplaced: true,
        note: '换表',
      },
    });
  });

  it('names each field a staff member must correct, in Chinese', () => {
    const parsed = meterReadingBody({
      period: '2026-13',
      itemCode: 'Water',
      reading: '12.5',
      previousReading: '-1',
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((e) => e.name)).toEqual([
      'communityId',
      'period',
      'itemCode',
      'unitId',
      'reading',
      'previousReading',
    ]);
    const replaced = meterReadingBody({ ...form, meterReplaced: true });
    expect(replaced).toEqual({
      ok: false,
      errors: [{ name: 'previousReading', message: '换表时请填写新表的起始读数' }],
    });
    expect(meterReadingBody({ ...form, reading: '1234567890' }).ok).toBe(false);
  });
});

describe("the month's sheet of readings", () => {
  const items = [
    { code: 'electricity', name: '电费' },
    { code: 'water', name: '水费' },
  ];

  it('is headed by the item’s name, not its code (decision 0314)', () => {
    expect(sheetTitle('2026-11', 'electricity', items)).toBe('抄表记录 · 2026-11 · 电费');
    expect(sheetTitle('2026-11', 'water', items)).toBe('抄表记录 · 2026-11 · 水费');
  });

  it('shows the code only while the items are not loaded, and leaves out what is not chosen', () => {
    expect(sheetTitle('2026-11', 'electricity', [])).toBe('抄表记录 · 2026-11 · electricity');
    expect(sheetTitle('2026-11', undefined, items)).toBe('抄表记录 · 2026-11');
    expect(sheetTitle(undefined, undefined, items)).toBe('抄表记录');
  });
});
