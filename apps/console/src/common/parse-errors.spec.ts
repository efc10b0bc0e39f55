import { describe, expect, it } from '@jest/globals';
import { fieldErrors } from './parse-errors';

describe("a form's refusals as its fields' errors", () => {
  it('gives each field its own refusals, and clears the fields the parse accepted', () => {
    const refused = {
      ok: false as const,
      errors: [
        { name: 'reading', message: '读数为不超过 9 位的非负整数' },
        { name: 'period', message: '月份格式为 2026-11' },
        { name: 'reading', message: '请填写本次读数' },
      ],
    };
    expect(fieldErrors(['period', 'reading', 'note'], refused)).toEqual([
      { name: 'period', errors: ['月份格式为 2026-11'] },
      { name: 'reading', errors: ['读数为不超过 9 位的非负整数', '请填写本次读数'] },
      { name: 'note', errors: [] },
    ]);
    expect(fieldErrors(['period'], { ok: true, body: {} })).toEqual([{ name: 'period', errors: [] }]);
  });
});
