import { describe, expect, it } from '@jest/globals';
import { presentProblem } from '../api/problem-fields';
import {
  editedFields,
  formFieldErrors,
  markedFields,
  refusesAsItStands,
  replacingFieldErrors,
  valueAt,
} from './use-submit';

const refused = presentProblem(
  {
    type: 'https://docs.pcs.example/problems/validation-failed',
    status: 400,
    code: 'VALIDATION_FAILED',
    title: '请求参数无效',
    detail: '5 个字段有误',
    errors: [
      { field: 'to.staffId', message: '工号不存在' },
      { field: 'summary', message: '不能为空' },
      { field: 'shiftEndsAt', message: '不能早于交班开始' },
      { field: 'materials[0].name', message: '不能为空' },
      { field: 'communityId', message: '不在您的管辖范围内' },
    ],
  },
  {
    'to.staffId': '接班人工号',
    summary: '本班情况',
    shiftEndsAt: '交班时间',
    'materials[0].name': '材料',
  },
);
const labels = { 'to.staffId': '接班人工号', summary: '本班情况', shiftEndsAt: '交班时间' };

describe("a refusal's errors on the fields of a form", () => {
  it('are set on the fields the form labels, under their flat names (the dialogs)', () => {
    expect(formFieldErrors(refused, labels)).toEqual([
      { name: 'to.staffId', errors: ['工号不存在'] },
      { name: 'summary', errors: ['不能为空'] },
      { name: 'shiftEndsAt', errors: ['不能早于交班开始'] },
    ]);
  });

  it('are set on nested paths where the form nests its items (registration)', () => {
    expect(formFieldErrors(refused, labels, (path) => path)).toEqual([
      { name: ['to', 'staffId'], errors: ['工号不存在'] },
      { name: ['summary'], errors: ['不能为空'] },
      { name: ['shiftEndsAt'], errors: ['不能早于交班开始'] },
    ]);
  });

  it('leave out an item of a list, which no form item names as the API does', () => {
    const withList = { ...labels, 'materials[0].name': '材料' };
    expect(formFieldErrors(refused, withList).map((f) => f.name)).not.toContain('materials.0.name');
  });

  it('leave what no field shows to the list above the form', () => {
    expect(refused.general).toEqual(['communityId：不在您的管辖范围内']);
  });
});

describe('the Idempotency-Key after a failed 提交', () => {
  it('is renewed after a refusal of the request as it stands (4xx): the corrected form is another request', () => {
    for (const status of [400, 401, 403, 404, 409, 422]) expect(refusesAsItStands({ status })).toBe(true);
  });

  it('is kept when no answer says whether the work was done, so the next 提交 replays it', () => {
    // 0: the network failed (reset, the gateway restarting); 408/429/5xx: timed out, throttled, failed
    for (const status of [0, 408, 429, 500, 502, 503, 504]) expect(refusesAsItStands({ status })).toBe(false);
  });
});

describe("a field's server error (decision 0305)", () => {
  const phone = ['customer', 'phone'];
  const location = ['location'];

  it('is cleared when the next answer no longer names the field, and the new ones are set', () => {
    expect(replacingFieldErrors([phone], [{ name: location, errors: ['地点：请填写地点'] }])).toEqual([
      { name: phone, errors: [] },
      { name: location, errors: ['地点：请填写地点'] },
    ]);
  });

  it('is replaced, not cleared, when the next answer names the field again', () => {
    expect(replacingFieldErrors([phone], [{ name: ['customer', 'phone'], errors: ['新的错误'] }])).toEqual([
      { name: ['customer', 'phone'], errors: ['新的错误'] },
    ]);
  });

  it('is cleared on every marked field after an answer without refusal', () => {
    expect(replacingFieldErrors(['to.staffId', phone], [])).toEqual([
      { name: 'to.staffId', errors: [] },
      { name: phone, errors: [] },
    ]);
  });

  it('goes when the user edits the field, and only that field', () => {
    const refusedWith = { customer: { phone: '12345', surname: '王' }, 'to.staffId': 'x', location: '' };
    const marked = markedFields([{ name: phone }, { name: 'to.staffId' }, { name: location }], refusedWith);
    expect(editedFields(marked, refusedWith)).toEqual([]);
    expect(
      editedFields(marked, { ...refusedWith, customer: { phone: '13800138000', surname: '王' } }),
    ).toEqual([phone]);
    // A flat name is one key of the values, as the dialogs name their items.
    expect(editedFields(marked, { ...refusedWith, 'to.staffId': 'staff-0201' })).toEqual(['to.staffId']);
    expect(editedFields(marked, { ...refusedWith, location: '1栋' })).toEqual([location]);
  });

  it('reads values by flat names and by paths', () => {
    expect(valueAt({ 'to.staffId': 'a', to: { staffId: 'b' } }, 'to.staffId')).toBe('a');
    expect(valueAt({ 'to.staffId': 'a', to: { staffId: 'b' } }, ['to', 'staffId'])).toBe('b');
    expect(valueAt({ customer: undefined }, ['customer', 'phone'])).toBeUndefined();
  });
});
