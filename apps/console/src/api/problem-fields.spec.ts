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

  it('names the field in Chinese where the API gave an English message of no known shape', () => {
    expect(fieldMessage('维修工种', 'trades must name each trade once')).toBe(
      '维修工种填写有误（trades must name each trade once）',
    );
    expect(fieldMessage('联系电话', '电话号码格式不正确')).toBe('电话号码格式不正确');
  });

  it('words the frequent English shapes in Chinese with the field label (decision 0311)', () => {
    const cases: [string, string, string][] = [
      ['客户姓氏', 'customer.surname is required', '请填写客户姓氏'],
      [
        '客户诉求',
        'demand must say something: 1 to 1000 characters, not only spaces',
        '请填写客户诉求（最多1000字，不能只有空格）',
      ],
      [
        '查看原因',
        'reason must say something: 2 to 200 characters, not only spaces',
        '查看原因须填写2至200字，不能只有空格',
      ],
      [
        '联系电话',
        'phone must be a mainland mobile or landline number',
        '联系电话须为手机号或固定电话，如 138 0013 8000、020-88881234',
      ],
      [
        '承诺处理时间',
        'promisedAt must be an ISO-8601 date-time with an offset, in the years 1900-2999',
        '承诺处理时间须为1900至2999年间的有效日期时间',
      ],
      [
        '生效日期',
        'effectiveFrom must be a date as YYYY-MM-DD, in the years 1900-2999',
        '生效日期须为1900至2999年间的有效日期（年-月-日）',
      ],
      [
        '金额（元）',
        'amountFen must be an integer number of fen',
        '金额（元）须为不超过 100 亿元、最多两位小数的金额',
      ],
      ['小区', 'communityId must be a community code such as GZ01', '小区须为小区编号，如 GZ01'],
      ['月份', 'period must be a month such as 2026-11', '月份须为月份，如 2026-11'],
      [
        '责任部门',
        'department must be one of the following values: engineering, cleaning',
        '请从列表中选择责任部门',
      ],
      ['经办人姓名', 'handler.name must be shorter than or equal to 50 characters', '经办人姓名最多50个字'],
      ['本次读数', 'reading must not be less than 0', '本次读数不能小于0'],
      ['房屋', 'unitId must be a UUID', '房屋无效，请重新选择'],
      ['数量', 'materials[0].quantity must be a number with at most 3 decimals', '数量须为数字，最多3位小数'],
    ];
    for (const [label, message, staff] of cases) expect(fieldMessage(label, message)).toBe(staff);
  });

  it('words an amount’s bounds in yuan, not fen (decision 0313)', () => {
    expect(fieldMessage('预估金额（元）', 'estimateFen must not be less than 0')).toBe(
      '预估金额（元）不能为负数',
    );
    expect(fieldMessage('决算金额（元）', 'finalAccountFen must not be greater than 2000000')).toBe(
      '决算金额（元）不能超过 ¥20,000.00',
    );
    expect(fieldMessage('金额（元）', 'amountFen must not be less than 1')).toBe('金额（元）不能少于 ¥0.01');
    expect(fieldMessage('金额（元）', 'amountFen must be a positive number')).toBe('金额（元）须大于零');
    // Not an amount: the bound as it is.
    expect(fieldMessage('本次读数', 'reading must not be greater than 999')).toBe('本次读数不能大于999');
  });

  it('shows an error of a field the form has only inside or around it on that field (decision 0313)', () => {
    const labels = {
      'warrantyDecision.underWarranty': '在保修期内',
      'warrantyDecision.reason': '保修判断理由',
      materials: '材料',
    };
    const shown = presentProblem(
      {
        ...base,
        title: '请求参数无效',
        detail: 'warrantyDecision: the unit has no handover date on file',
        errors: [
          {
            field: 'warrantyDecision',
            message: 'the unit has no handover date on file: the survey must decide the warranty and say why',
          },
          { field: 'materials[0].name', message: 'materials[0].name is required' },
        ],
      },
      labels,
    );
    expect(shown).toEqual({
      title: '请求参数无效',
      fields: [
        {
          name: ['warrantyDecision', 'underWarranty'],
          errors: ['该房屋没有交付日期记录：请选择是否在保修期内，并填写保修判断理由'],
        },
        { name: ['materials'], errors: ['第1行：请填写材料'] },
      ],
      general: [],
    });
  });

  it('words a refused parameter without a form field in Chinese under the title (decision 0315)', () => {
    const shown = presentProblem(
      {
        ...base,
        title: '请求参数无效',
        detail: 'communityId: communityId is required to find a unit by its address',
        errors: [
          { field: 'communityId', message: 'communityId is required to find a unit by its address' },
          { field: 'id', message: 'id must be a UUID' },
          { field: 'asOf', message: 'asOf must be a date as YYYY-MM-DD, in the years 1900-2999' },
          { field: 'unitId', message: '房屋不存在' },
        ],
      },
      {},
    );
    expect(shown.general).toEqual([
      '按房号查询时请先选择小区',
      '链接中的编号无效，请重新选择',
      '截至日期须为1900至2999年间的有效日期（年-月-日）',
      'unitId：房屋不存在',
    ]);
  });

  it('reads list indexes in field names as positions', () => {
    expect(fieldPathOf('items[2].quantity')).toEqual(['items', 2, 'quantity']);
    expect(fieldPathOf('handler.staffId')).toEqual(['handler', 'staffId']);
  });
});
