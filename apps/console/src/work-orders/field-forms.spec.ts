import { describe, expect, it } from '@jest/globals';
import { formBody, formatFen, initialValues, localDateTime, yuanToFen } from './field-forms';
import { WORK_ORDER_FORMS, materialsOf } from './work-order-forms';
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
        teamName: ' 工程维修一队 ',
        'technician.staffId': 'staff-0005',
        'technician.name': '孙涛',
        contractorName: '',
        note: undefined,
      }),
    ).toEqual({
      executor: 'team',
      teamName: '工程维修一队',
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
