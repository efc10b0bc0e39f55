import type { ComplaintActionCode } from './complaint-actions';
import {
  DEPARTMENT_LABELS,
  RETURN_VISIT_METHOD_LABELS,
  SATISFACTION_LABELS,
  optionsOf,
} from './complaint-labels';

export interface ActionField {
  /** The body's field, as problem details name it (`handler.staffId`). */
  name: string;
  label: string;
  input: 'text' | 'textarea' | 'select' | 'datetime';
  required?: boolean;
  options?: { value: string; label: string }[];
  maxLength?: number;
}

/**
 * The actions this slice of the console has forms for, with their fields (the bodies' schemas in the
 * API document). The complaint's page offers these, in this order, where state and role allow.
 */
export const ACTION_FORMS: Partial<Record<ComplaintActionCode, readonly ActionField[]>> = {
  assign: [
    { name: 'department', label: '责任部门', input: 'select', options: optionsOf(DEPARTMENT_LABELS) },
    { name: 'handler.staffId', label: '经办人工号', input: 'text', required: true, maxLength: 100 },
    { name: 'handler.name', label: '经办人姓名', input: 'text', required: true, maxLength: 50 },
    { name: 'note', label: '备注', input: 'textarea', maxLength: 500 },
  ],
  acknowledge: [
    { name: 'promisedAt', label: '承诺处理时间', input: 'datetime', required: true },
    { name: 'note', label: '备注', input: 'textarea', maxLength: 500 },
  ],
  feedback: [{ name: 'feedback', label: '部门反馈', input: 'textarea', required: true, maxLength: 2000 }],
  escalate: [{ name: 'reason', label: '上报原因', input: 'textarea', required: true, maxLength: 500 }],
  resolve: [
    { name: 'measures', label: '处理措施', input: 'textarea', required: true, maxLength: 2000 },
    { name: 'result', label: '处理结果', input: 'textarea', required: true, maxLength: 2000 },
  ],
  'return-visit': [
    {
      name: 'method',
      label: '回访方式',
      input: 'select',
      required: true,
      options: optionsOf(RETURN_VISIT_METHOD_LABELS),
    },
    {
      name: 'satisfaction',
      label: '满意度',
      input: 'select',
      required: true,
      options: optionsOf(SATISFACTION_LABELS),
    },
    { name: 'comments', label: '客户意见', input: 'textarea', maxLength: 2000 },
  ],
};

export const OFFERED_ACTIONS = Object.keys(ACTION_FORMS) as ComplaintActionCode[];

/**
 * A form's flat values as the body the API takes: `handler.staffId` nests, empty optional fields
 * are left out (the API refuses empty strings where it wants a value or nothing), datetimes are ISO.
 */
export function actionBody(
  fields: readonly ActionField[],
  values: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    let value = values[field.name];
    if (typeof value === 'string') value = value.trim();
    if (value === undefined || value === null || value === '') continue;
    if (field.input === 'datetime') value = new Date(String(value)).toISOString();
    const path = field.name.split('.');
    const last = path.pop() ?? field.name;
    let target = body;
    for (const key of path) target = (target[key] ??= {}) as Record<string, unknown>;
    target[last] = value;
  }
  return body;
}
