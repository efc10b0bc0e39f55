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
 * A field error as staff read it: the API's message when it is Chinese; otherwise (many field
 * messages are still English) the field's label says which entry was refused, the API's words after it.
 */
export function fieldMessage(label: string, message: string): string {
  return CHINESE.test(message) ? message : `${label}填写有误（${message}）`;
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
