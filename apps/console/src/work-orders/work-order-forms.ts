import { LABELS } from '@pcs/api-client';
import { yuanToFen, type ActionForm, type FieldSpec } from './field-forms';
import type { WorkOrderActionCode } from './work-order-actions';
import { optionsOf } from '../common/select-options';

const note: FieldSpec = { name: 'note', label: '备注', input: 'textarea', maxLength: 500 };

/**
 * Materials as the technician types them, one a line: `厨房水龙头 1 个 55` (name, quantity, unit,
 * cost in yuan). A line that does not read so is sent as typed, and the API's refusal names `materials`.
 */
export function materialsOf(lines: readonly string[]): unknown[] {
  return lines.map((line) => {
    const parts = line.split(/\s+/);
    const [name, quantity, unit, cost] = parts;
    const costFen = cost === undefined ? undefined : yuanToFen(cost);
    if (parts.length !== 4 || !name || !unit || !/^\d+$/.test(quantity ?? '') || costFen === undefined) {
      return line;
    }
    return { name, quantity: Number(quantity), unit, costFen };
  });
}

/**
 * The forms of the work-order actions the console offers (the bodies' schemas in the API document),
 * in the order the page lists them.
 */
export const WORK_ORDER_FORMS: Readonly<Partial<Record<WorkOrderActionCode, ActionForm>>> = {
  approve: { fields: [{ ...note, label: '审批意见' }] },
  dispatch: {
    fields: [
      {
        name: 'executor',
        label: '施工方',
        input: 'select',
        required: true,
        options: optionsOf(LABELS.WorkExecutor),
      },
      // No route lists the teams or their technicians yet: the dispatcher types them (a gap, see report).
      { name: 'teamId', label: '维修班组编号', input: 'text', maxLength: 36 },
      { name: 'teamName', label: '维修班组', input: 'text', maxLength: 100 },
      { name: 'technician.staffId', label: '维修工工号', input: 'text', maxLength: 100 },
      { name: 'technician.name', label: '维修工姓名', input: 'text', maxLength: 50 },
      { name: 'contractorName', label: '承建商名称', input: 'text', maxLength: 100 },
      note,
    ],
  },
  arrive: {
    fields: [
      { name: 'arrivedAt', label: '到场时间', input: 'datetime', required: true, initial: 'now' },
      note,
    ],
  },
  'record-work': {
    fields: [
      { name: 'workDone', label: '施工内容', input: 'textarea', required: true, maxLength: 2000 },
      { name: 'materials', label: '材料（每行：名称 数量 单位 金额元）', input: 'lines' },
      { name: 'photos', label: '照片文件（每行一个）', input: 'lines' },
      note,
    ],
    compose: (body) =>
      Array.isArray(body['materials'])
        ? { ...body, materials: materialsOf(body['materials'] as string[]) }
        : body,
  },
  finish: { fields: [note] },
  check: {
    fields: [
      { name: 'passed', label: '检查合格', input: 'yes-no', required: true },
      { name: 'inspectors', label: '检查人（以“、”分隔）', input: 'lines', required: true },
      { name: 'itemsToFix', label: '整改事项', input: 'textarea', maxLength: 1000 },
      note,
    ],
  },
  'sign-off': {
    fields: [
      { name: 'customerName', label: '签认客户', input: 'text', required: true, maxLength: 50 },
      {
        name: 'satisfaction',
        label: '满意度',
        input: 'select',
        required: true,
        options: optionsOf(LABELS.Satisfaction),
      },
      { name: 'opinion', label: '客户意见', input: 'textarea', maxLength: 500 },
      note,
    ],
  },
  extend: {
    fields: [
      { name: 'until', label: '延至', input: 'datetime', required: true },
      { name: 'consent.customerName', label: '同意的客户', input: 'text', required: true, maxLength: 50 },
      { name: 'consent.consentedAt', label: '同意时间', input: 'datetime', required: true, initial: 'now' },
      {
        name: 'consent.record',
        label: '同意记录（录音编号等）',
        input: 'text',
        required: true,
        maxLength: 200,
      },
      note,
    ],
  },
  'return-visit': {
    fields: [
      {
        name: 'method',
        label: '回访方式',
        input: 'select',
        required: true,
        options: optionsOf(LABELS.ReturnVisitMethod),
      },
      {
        name: 'satisfaction',
        label: '满意度',
        input: 'select',
        required: true,
        options: optionsOf(LABELS.Satisfaction),
      },
      { name: 'comments', label: '客户意见', input: 'textarea', maxLength: 500 },
      note,
    ],
  },
  'submit-settlement': {
    fields: [{ name: 'finalAccountFen', label: '决算金额（元）', input: 'money', required: true }, note],
  },
  'review-settlement': {
    fields: [{ name: 'settledFen', label: '审定金额（元）', input: 'money', required: true }, note],
  },
  'confirm-settlement': {
    fields: [
      { name: 'contractorSignatory', label: '承建商签字人', input: 'text', required: true, maxLength: 50 },
      note,
    ],
  },
  'certify-settlement': { fields: [note] },
  'retry-fund-draw': { fields: [note] },
  cancel: {
    fields: [{ name: 'reason', label: '取消原因', input: 'textarea', required: true, maxLength: 500 }],
  },
};

export const OFFERED_WORK_ORDER_ACTIONS = Object.keys(WORK_ORDER_FORMS) as WorkOrderActionCode[];
