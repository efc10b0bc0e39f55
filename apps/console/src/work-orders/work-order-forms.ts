import { LABELS } from '@pcs/api-client';
import { linesOf, yuanOf, type ActionForm, type FieldSpec } from './field-forms';
import type { WorkOrderActionCode } from './work-order-actions';
import { optionsOf } from '../common/select-options';
import { DISPATCH_FIELDS } from './dispatch-form';

const note: FieldSpec = { name: 'note', label: '备注', input: 'textarea', maxLength: 500 };

export interface Material {
  name: string;
  quantity: number;
  unit: string;
  costFen: number;
}

/** The API's bounds of a material (`MaterialV1`). */
const MATERIAL = { name: 100, unit: 10, quantity: 100_000, lines: 50 } as const;
const HOW = '请按“名称 数量 单位 金额（元）”填写，如 厨房水龙头 1 个 55';

/**
 * One material as the technician types it: `厨房水龙头 1 个 55` (name, quantity, unit, cost in yuan),
 * also `厨房水龙头 1个 55` or `¥55`; a name may hold spaces (`PVC 管 1.5 米 30`). The material, or what
 * is wrong with the line in Chinese: a quantity above 0 and up to 100000 with at most three decimals
 * (decision 0327), an amount in yuan of at most two decimals (decision 0313).
 */
export function materialLine(
  line: string,
): { ok: true; material: Material } | { ok: false; message: string } {
  const parts = line.trim().split(/\s+/);
  let name: string;
  let quantity: string;
  let unit: string;
  const cost = parts.at(-1) ?? '';
  const joined = parts.length === 3 ? /^(\d+(?:\.\d*)?)(\D.*)$/.exec(parts[1] ?? '') : null;
  if (joined) {
    [name, quantity, unit] = [parts[0] ?? '', joined[1] ?? '', joined[2] ?? ''];
  } else if (parts.length >= 4) {
    [quantity, unit] = [parts.at(-3) ?? '', parts.at(-2) ?? ''];
    name = parts.slice(0, -3).join(' ');
  } else {
    return { ok: false, message: HOW };
  }
  if (name.length > MATERIAL.name) return { ok: false, message: `名称最多 ${MATERIAL.name} 个字` };
  if (!/^\d+(\.\d{1,3})?$/.test(quantity) || Number(quantity) <= 0 || Number(quantity) > MATERIAL.quantity) {
    return { ok: false, message: `数量须大于 0、不超过 ${MATERIAL.quantity}，最多三位小数，如 1.5` };
  }
  if (unit.length > MATERIAL.unit) return { ok: false, message: `单位最多 ${MATERIAL.unit} 个字` };
  const costFen = yuanOf(cost);
  if (!costFen.ok) return { ok: false, message: costFen.message };
  return { ok: true, material: { name, quantity: Number(quantity), unit, costFen: costFen.fen } };
}

/**
 * Materials as the technician types them, one a line (`materialLine`). A line that does not read so
 * is sent as typed (the form checks them first: `materialsProblem`), and the API's refusal names it.
 */
export function materialsOf(lines: readonly string[]): unknown[] {
  return lines.map((line) => {
    const read = materialLine(line);
    return read.ok ? read.material : line;
  });
}

/** What is wrong with the materials typed, line by line (`第2行「水泥 1.5 袋 30」：…`), or nothing. */
export function materialsProblem(text: string): string | undefined {
  const lines = linesOf(text);
  if (lines.length > MATERIAL.lines) return `材料最多 ${MATERIAL.lines} 行`;
  const problems = lines.flatMap((line, i) => {
    const read = materialLine(line);
    return read.ok ? [] : [`第${i + 1}行「${line}」：${read.message}`];
  });
  return problems.length ? problems.join('；') : undefined;
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
      // The team from the company's directory, filled in when the form opens (dispatchForm).
      ...DISPATCH_FIELDS,
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
      {
        name: 'materials',
        label: '材料（每行：名称 数量 单位 金额元）',
        input: 'lines',
        check: materialsProblem,
        itemLabels: { name: '名称', quantity: '数量', unit: '单位', costFen: '金额（元）' },
      },
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
