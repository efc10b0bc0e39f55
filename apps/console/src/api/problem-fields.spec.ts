import { describe, expect, it } from '@jest/globals';
import { fieldMessage, fieldPathOf, presentProblem } from './problem-fields';

const base = {
  type: 'https://docs.pcs.example/problems/validation-failed',
  status: 400,
  code: 'VALIDATION_FAILED',
};

describe('problem details on a form', () => {
  it('marks each field error on the field the form shows, nested paths as Ant Design names them', () => {
    const shown = presentProblem(
      {
        ...base,
        title: '请求参数无效',
        detail: 'customer.phone: not a phone number',
        errors: [
          { field: 'customer.phone', message: '电话号码格式不正确' },
          { field: 'description', message: '不能为空' },
          { field: 'description', message: '长度不能超过2000' },
        ],
      },
      { 'customer.phone': '联系电话', description: '内容' },
    );
    expect(shown).toEqual({
      title: '请求参数无效',
      fields: [
        { name: ['customer', 'phone'], errors: ['电话号码格式不正确'] },
        { name: ['description'], errors: ['不能为空', '长度不能超过2000'] },
      ],
      general: [],
    });
  });

  it('lists errors of fields the form does not show, and of no field, under the title', () => {
    const shown = presentProblem(
      {
        ...base,
        title: '请求参数无效',
        detail: 'x',
        errors: [
          { field: 'unitId', message: '房屋不存在' },
          { field: '', message: '请求无法读取' },
        ],
      },
      { description: '内容' },
    );
    expect(shown.fields).toEqual([]);
    expect(shown.general).toEqual(['unitId：房屋不存在', '请求无法读取']);
  });

  it('shows the detail of a refusal without field errors', () => {
    const shown = presentProblem(
      {
        ...base,
        status: 409,
        code: 'INVALID_STATE_TRANSITION',
        title: '当前状态不允许此操作',
        detail: '投诉当前状态为“已结案”，不能分派',
      },
      {},
    );
    expect(shown).toEqual({
      title: '当前状态不允许此操作',
      fields: [],
      general: ['投诉当前状态为“已结案”，不能分派'],
    });
  });

  it('names the field in Chinese where the API gave an English message', () => {
    expect(fieldMessage('联系电话', 'phone must be a mainland mobile or landline number')).toBe(
      '联系电话填写有误（phone must be a mainland mobile or landline number）',
    );
    expect(fieldMessage('联系电话', '电话号码格式不正确')).toBe('电话号码格式不正确');
  });

  it('reads list indexes in field names as positions', () => {
    expect(fieldPathOf('items[2].quantity')).toEqual(['items', 2, 'quantity']);
    expect(fieldPathOf('handler.staffId')).toEqual(['handler', 'staffId']);
  });
});
