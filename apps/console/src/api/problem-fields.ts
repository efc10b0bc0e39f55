import type { ApiProblem } from '@pcs/api-client';

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
  [/^must be an integer number of fen$/, (l) => `${l}须精确到分`],
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
  [/^must be a valid document number$/, (l) => `${l}号码不正确`],
  [/^should not exist$/, (l) => `${l}不应填写`],
];

/**
 * A field error as staff read it: the API's message when it is Chinese; a frequent English shape in
 * Chinese, with the field's label; otherwise the label says which entry was refused, the API's words
 * after it.
 */
export function fieldMessage(label: string, message: string): string {
  if (CHINESE.test(message)) return message;
  const said = /^\S+ (.*)$/s.exec(message.trim())?.[1] ?? '';
  for (const [shape, word] of SHAPES) {
    const parts = shape.exec(said);
    if (parts) return word(label, ...parts.slice(1).map((p) => p ?? ''));
  }
  return `${label}填写有误（${message}）`;
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
    const label = field ? formFields[field] : undefined;
    if (label) byField.set(field, [...(byField.get(field) ?? []), fieldMessage(label, message)]);
    else general.push(field ? `${field}：${message}` : message);
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
