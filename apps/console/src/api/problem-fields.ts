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

/**
 * Problem details (RFC 9457) as a form shows them: each field error on its field when the form has
 * it, everything else in one list. Several errors of one field stay together, in order.
 */
export function presentProblem(problem: ApiProblem, formFields: readonly string[]): ProblemPresentation {
  const known = new Set(formFields);
  const byField = new Map<string, string[]>();
  const general: string[] = [];
  for (const { field, message } of problem.errors ?? []) {
    if (field && known.has(field)) byField.set(field, [...(byField.get(field) ?? []), message]);
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
