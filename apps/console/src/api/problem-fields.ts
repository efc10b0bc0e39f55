import type { ApiProblem } from '@pcs/api-client';
import { formatFen } from '../finance/money';

/** A form field's path as Ant Design's Form names it: `customer.phone` is ['customer', 'phone']. */
export type FieldPath = (string | number)[];

export interface ProblemPresentation {
  /** The Chinese title of the problem's code, shown above the form. */
  title: string;
  /** Errors of fields the form shows, to be marked on the fields themselves. */
  fields: { name: FieldPath; errors: string[] }[];
  /** Errors of no field, or of fields the form does not show, listed under the title. */
  general: string[];
}

/** `items[2].quantity` → ['items', 2, 'quantity']. */
export function fieldPathOf(field: string): FieldPath {
  return field
    .split(/\.|\[(\d+)\]/)
    .filter((part): part is string => part !== undefined && part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

const CHINESE = /[\u4e00-\u9fff]/;

/**
 * The API's field messages in the shapes they come in (class-validator's and the contracts' own,
 * English for the UI developer, decision 0008), each worded in Chinese for staff with the field's
 * label (decision 0311). The message names the field first (`customer.phone must be …`).
 */
const SHAPES: readonly [RegExp, (label: string, ...parts: string[]) => string][] = [
  [/^is required to find a unit by its address$/, (l) => `按房号查询时请先选择${l}`],
  [/^is required\b/, (l) => `请填写${l}`],
  [
    /^must say something: (\d+) to (\d+) characters, not only spaces$/,
    (l, min, max) =>
      min === '1' ? `请填写${l}（最多${max}字，不能只有空格）` : `${l}须填写${min}至${max}字，不能只有空格`,
  ],
  [
    /^must be a mainland mobile or landline number$/,
    (l) => `${l}须为手机号或固定电话，如 138 0013 8000、020-88881234`,
  ],
  [
    /^must be an ISO-8601 date-time\b.*?(?:in the years (\d+)-(\d+))?$/,
    (l, from, to) => (from ? `${l}须为${from}至${to}年间的有效日期时间` : `${l}须为有效的日期时间`),
  ],
  [
    /^must be a date as YYYY-MM-DD\b.*?(?:in the years (\d+)-(\d+))?$/,
    (l, from, to) =>
      from ? `${l}须为${from}至${to}年间的有效日期（年-月-日）` : `${l}须为有效日期（年-月-日）`,
  ],
  [/^must be an integer number of fen$/, (l) => `${l}须为不超过 100 亿元、最多两位小数的金额`],
  [/^must be a community code such as (\S+)$/, (l, example) => `${l}须为小区编号，如 ${example}`],
  [/^must be a month such as (\S+)$/, (l, example) => `${l}须为月份，如 ${example}`],
  [/^must be one of the following values: /, (l) => `请从列表中选择${l}`],
  [/^must be a UUID$/, (l) => `${l}无效，请重新选择`],
  [/^must be shorter than or equal to (\d+) characters$/, (l, n) => `${l}最多${n}个字`],
  [/^must be longer than or equal to (\d+) characters$/, (l, n) => `${l}至少${n}个字`],
  [/^must not be greater than (\S+)$/, (l, n) => `${l}不能大于${n}`],
  [/^must not be less than (\S+)$/, (l, n) => `${l}不能小于${n}`],
  [/^must be a positive number$/, (l) => `${l}须大于0`],
  [/^must be an integer number$/, (l) => `${l}须为整数`],
  [/^must be a number with at most (\d+) decimals$/, (l, n) => `${l}须为数字，最多${n}位小数`],
  [/^must be a valid document number$/, (l) => `${l}号码不正确`],
  [/^should not exist$/, (l) => `${l}不应填写`],
  [/^must be an object$|^nested property .* must be either object or array$/, (l) => `${l}格式不正确`],
  // MNT-3: the one refusal that names the unit rather than the field (a survey's warranty decision).
  [
    /^unit has no handover date on file: the survey must decide the warranty and say why$/,
    () => '该房屋没有交付日期记录：请选择是否在保修期内，并填写保修判断理由',
  ],
];

/**
 * The shapes of an amount's field (its API name ends in `Fen`) worded in yuan, as staff typed it: the
 * API's bounds are in fen (decision 0313).
 */
const MONEY_SHAPES: readonly [RegExp, (label: string, ...parts: string[]) => string][] = [
  [/^must not be less than 0$/, (l) => `${l}不能为负数`],
  [/^must not be less than (\d+)$/, (l, n) => `${l}不能少于 ${formatFen(Number(n))}`],
  [/^must not be greater than (\d+)$/, (l, n) => `${l}不能超过 ${formatFen(Number(n))}`],
  [/^must be a positive number$/, (l) => `${l}须大于零`],
];

/**
 * A field error as staff read it: the API's message when it is Chinese; a frequent English shape in
 * Chinese, with the field's label; otherwise the label says which entry was refused, the API's words
 * after it.
 */
export function fieldMessage(label: string, message: string): string {
  if (CHINESE.test(message)) return message;
  const [, field = '', said = ''] = /^(\S+) (.*)$/s.exec(message.trim()) ?? [];
  const shapes = /Fen$/.test(field) ? [...MONEY_SHAPES, ...SHAPES] : SHAPES;
  for (const [shape, word] of shapes) {
    const parts = shape.exec(said);
    if (parts) return word(label, ...parts.slice(1).map((p) => p ?? ''));
  }
  return `${label}填写有误（${message}）`;
}

/**
 * The API's names of the route's and query's parameters a screen sends without a form field for
 * them (the id in the address bar, a list's filters): an English message of theirs is worded with
 * these labels under the refusal's title (decision 0315), as a form's fields are (decision 0311).
 */
export const PARAMETER_LABELS: Readonly<Record<string, string>> = {
  id: '链接中的编号',
  communityId: '小区',
  buildingId: '楼栋',
  unitId: '房屋',
  address: '房号',
  asOf: '截至日期',
  period: '月份',
};

/**
 * The form field that shows an error of the API's `field` (decision 0313): the field itself; else the
 * nearest enclosing field the form has, a list's entry named by its line (`materials[1].quantity` on
 * 材料 as `第2行：…`, worded with the label of `materials[].quantity` when the form gives one); else
 * the first field the form has inside it (`warrantyDecision` on `warrantyDecision.underWarranty`).
 */
export function shownOn(
  field: string,
  formFields: Readonly<Record<string, string>>,
): { field: string; label: string; line?: string } | undefined {
  const exact = formFields[field];
  if (exact) return { field, label: exact };
  for (let end = field.length; end > 0; end--) {
    if (field[end] !== '.' && field[end] !== '[') continue;
    const enclosing = field.slice(0, end);
    const label = formFields[enclosing];
    if (!label) continue;
    const entry = /^\[(\d+)\](?:\.(.+))?$/.exec(field.slice(end));
    if (!entry) return { field: enclosing, label };
    const itemLabel = entry[2] ? formFields[`${enclosing}[].${entry[2]}`] : undefined;
    return { field: enclosing, label: itemLabel ?? label, line: `第${Number(entry[1]) + 1}行：` };
  }
  const inside = Object.keys(formFields).find(
    (name) => !name.includes('[]') && (name.startsWith(`${field}.`) || name.startsWith(`${field}[`)),
  );
  return inside ? { field: inside, label: formFields[inside] ?? inside } : undefined;
}

/**
 * Problem details (RFC 9457) as a form shows them: each field error on its field when the form has
 * it (`formFields` maps the API's field names to the form's labels), everything else in one list.
 * Several errors of one field stay together, in order.
 */
export function presentProblem(
  problem: ApiProblem,
  formFields: Readonly<Record<string, string>>,
): ProblemPresentation {
  const byField = new Map<string, string[]>();
  const general: string[] = [];
  for (const { field, message } of problem.errors ?? []) {
    const shown = field ? shownOn(field, formFields) : undefined;
    if (shown) {
      const worded = `${shown.line ?? ''}${fieldMessage(shown.label, message)}`;
      byField.set(shown.field, [...(byField.get(shown.field) ?? []), worded]);
    } else if (field && PARAMETER_LABELS[field] && !CHINESE.test(message)) {
      general.push(fieldMessage(PARAMETER_LABELS[field], message));
    } else general.push(field ? `${field}：${message}` : message);
  }
  if (!problem.errors?.length && problem.detail && problem.detail !== problem.title) {
    general.push(problem.detail);
  }
  return {
    title: problem.title,
    fields: [...byField].map(([field, errors]) => ({ name: fieldPathOf(field), errors })),
    general,
  };
}
