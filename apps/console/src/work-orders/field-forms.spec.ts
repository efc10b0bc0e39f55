import { describe, expect, it } from '@jest/globals';
import { presentProblem } from '../api/problem-fields';
import {
  fieldLabels,
  fieldProblem,
  formBody,
  formatFen,
  initialValues,
  localDateTime,
  yuanToFen,
} from './field-forms';
import { WORK_ORDER_FORMS, materialLine, materialsOf, materialsProblem } from './work-order-forms';
import { defaultWorkOrderFilters, workOrderQuery } from './work-order-filters';

describe('money on the field forms (integer fen)', () => {
  it('reads yuan as typed into fen, and refuses what is not an amount', () => {
    expect(yuanToFen('80')).toBe(8_000);
    expect(yuanToFen('80.5')).toBe(8_050);
    expect(yuanToFen('1,200.05')).toBe(120_005);
    expect(yuanToFen('0.07')).toBe(7);
    expect(yuanToFen('八十')).toBeUndefined();
    expect(yuanToFen('1.234')).toBeUndefined();
  });

  it('refuses, in yuan and in Chinese, an amount the API would refuse in fen (decision 0313)', () => {
    const settle = WORK_ORDER_FORMS['submit-settlement']?.fields[0];
    if (!settle) throw new Error('no settlement form');
    expect(fieldProblem(settle, '12.345', {})).toBe('金额最多保留两位小数（精确到分）');
    expect(fieldProblem(settle, '99999999999999', {})).toBe('金额不能超过 100 亿元');
    expect(fieldProblem(settle, '-1', {})).toBe('金额不能为负数');
    expect(fieldProblem(settle, '八十', {})).toMatch(/^金额格式不正确/);
    expect(fieldProblem(settle, '１２．５', {})).toBeUndefined();
    expect(yuanToFen('１２．５')).toBe(1_250);
    expect(yuanToFen('-5')).toBeUndefined();
  });

  it('shows fen as yuan', () => {
    expect(formatFen(123_450)).toBe('¥1,234.50');
    expect(formatFen(5)).toBe('¥0.05');
    expect(formatFen(undefined)).toBe('—');
  });
});

describe('the bodies the work-order forms send', () => {
  it('nests the technician, leaves out empty fields', () => {
    const dispatch = WORK_ORDER_FORMS.dispatch;
    if (!dispatch) throw new Error('no dispatch form');
    expect(
      formBody(dispatch, {
        executor: 'team',
        teamId: '0193a000-0000-7000-8000-00000000a001',
        'technician.staffId': 'staff-0005',
        'technician.name': '孙涛',
        contractorName: '',
        note: undefined,
      }),
    ).toEqual({
      executor: 'team',
      teamId: '0193a000-0000-7000-8000-00000000a001',
      technician: { staffId: 'staff-0005', name: '孙涛' },
    });
  });

  it('sends a check’s answer as a boolean and its inspectors as a list', () => {
    const check = WORK_ORDER_FORMS.check;
    if (!check) throw new Error('no check form');
    expect(formBody(check, { passed: 'no', inspectors: '李娜、赵刚\n', itemsToFix: '软管接口渗水' })).toEqual(
      {
        passed: false,
        inspectors: ['李娜', '赵刚'],
        itemsToFix: '软管接口渗水',
      },
    );
  });

  it('reads materials line by line, keeping a line that does not read so for the API to refuse', () => {
    expect(materialsOf(['厨房水龙头 1 个 55', '生料带 2 卷 3.5', '一些胶'])).toEqual([
      { name: '厨房水龙头', quantity: 1, unit: '个', costFen: 5_500 },
      { name: '生料带', quantity: 2, unit: '卷', costFen: 350 },
      '一些胶',
    ]);
    const work = WORK_ORDER_FORMS['record-work'];
    if (!work) throw new Error('no work form');
    expect(formBody(work, { workDone: '更换水龙头', materials: '厨房水龙头 1 个 55' })).toEqual({
      workDone: '更换水龙头',
      materials: [{ name: '厨房水龙头', quantity: 1, unit: '个', costFen: 5_500 }],
    });
  });

  it('checks materials line by line, saying in Chinese which line is wrong and why (decision 0313)', () => {
    expect(materialLine('PVC 管 1.5 米 30')).toEqual({
      ok: true,
      material: { name: 'PVC 管', quantity: 1.5, unit: '米', costFen: 3_000 },
    });
    expect(materialLine('防臭地漏芯 1个 ¥35')).toEqual({
      ok: true,
      material: { name: '防臭地漏芯', quantity: 1, unit: '个', costFen: 3_500 },
    });
    expect(materialsProblem('地砖 6 块 12.345\n水泥 1.2345 袋 30\n厨房水龙头 1 个 55')).toBe(
      '第1行「地砖 6 块 12.345」：金额最多保留两位小数（精确到分）；' +
        '第2行「水泥 1.2345 袋 30」：数量须大于 0、不超过 100000，最多三位小数，如 1.5',
    );
    expect(materialsProblem('一些胶')).toBe(
      '第1行「一些胶」：请按“名称 数量 单位 金额（元）”填写，如 厨房水龙头 1 个 55',
    );
    expect(materialsProblem('螺丝 0 个 1')).toMatch(/数量须大于 0、不超过 100000/);
    expect(materialsProblem('螺丝 100001 个 1')).toMatch(/数量须大于 0、不超过 100000/);
    expect(materialsProblem('密封胶 0.5 公斤 12')).toBeUndefined();
    expect(materialsProblem('胶 1 大大大大大大大大大大大 1')).toMatch(/单位最多 10 个字$/);
    expect(materialsProblem('')).toBeUndefined();
    const work = WORK_ORDER_FORMS['record-work']?.fields.find((f) => f.name === 'materials');
    if (!work) throw new Error('no materials field');
    expect(fieldProblem(work, '水泥 1.5.0 袋 30', {})).toMatch(/^第1行「水泥 1.5.0 袋 30」：数量须大于 0/);
    expect(fieldProblem(work, '水泥 2 袋 30', {})).toBeUndefined();
  });

  it('puts the API’s refusal of a material line on the materials field, by line (decision 0313)', () => {
    const work = WORK_ORDER_FORMS['record-work'];
    if (!work) throw new Error('no work form');
    const shown = presentProblem(
      {
        type: 'about:blank',
        status: 400,
        code: 'VALIDATION_FAILED',
        title: '请求参数无效',
        detail: 'materials[1].quantity: materials[1].quantity must not be less than 1',
        errors: [
          { field: 'materials[1].quantity', message: 'materials[1].quantity must not be less than 1' },
          { field: 'materials[0].costFen', message: 'materials[0].costFen must not be less than 0' },
          { field: 'materials[2]', message: 'materials[2] must be an object' },
        ],
      },
      fieldLabels(work.fields),
    );
    expect(shown.general).toEqual([]);
    expect(shown.fields).toEqual([
      {
        name: ['materials'],
        errors: [
          '第2行：数量不能小于1',
          '第1行：金额（元）不能为负数',
          '第3行：材料（每行：名称 数量 单位 金额元）格式不正确',
        ],
      },
    ]);
  });

  it('sends amounts in fen and datetimes as ISO; an arrival opens at the current minute', () => {
    const settle = WORK_ORDER_FORMS['submit-settlement'];
    const arrive = WORK_ORDER_FORMS.arrive;
    if (!settle || !arrive) throw new Error('missing forms');
    expect(formBody(settle, { finalAccountFen: '80' })).toEqual({ finalAccountFen: 8_000 });
    const now = new Date(2026, 11, 3, 9, 5);
    expect(initialValues(arrive.fields, now)).toEqual({ arrivedAt: localDateTime(now) });
    expect(formBody(arrive, { arrivedAt: localDateTime(now) })).toEqual({ arrivedAt: now.toISOString() });
  });
});

describe('the work-order list’s filters', () => {
  it('MNT-7: a technician opens on their own orders; a dispatcher on every order', () => {
    expect(defaultWorkOrderFilters(['technician'])).toEqual({ mine: true });
    expect(defaultWorkOrderFilters(['technician', 'dispatcher'])).toEqual({});
    expect(defaultWorkOrderFilters(['dispatcher'])).toEqual({});
  });

  it('sends only the filters that are on', () => {
    expect(workOrderQuery({ mine: true, overdue: false, status: 'dispatched' })).toEqual({
      mine: 'true',
      status: 'dispatched',
    });
    expect(workOrderQuery({})).toEqual({});
  });
});
