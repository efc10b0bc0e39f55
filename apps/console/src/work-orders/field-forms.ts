import { parseYuan, type YuanParse } from '../finance/money';

/**
 * The forms of the repair and work-order actions. Their bodies hold money (entered in yuan, sent as
 * integer fen), yes/no answers, lists (inspectors, one per line) and nested objects (`technician.name`),
 * so they have their own field kinds beside the complaint forms'.
 */
export interface FieldSpec {
  /** The body's field, as problem details name it (`technician.staffId`). */
  name: string;
  label: string;
  input: 'text' | 'textarea' | 'select' | 'datetime' | 'money' | 'yes-no' | 'lines';
  required?: boolean;
  options?: { value: string; label: string }[];
  maxLength?: number;
  /** Filled in when the form opens: `now` for a datetime (the moment of arrival, say). */
  initial?: 'now';
  /**
   * A check of the value as typed (trimmed) beyond the field's kind, given the form's other values:
   * the refusal in Chinese, or nothing. Checked before sending (decision 0313).
   */
  check?(text: string, values: Readonly<Record<string, unknown>>): string | undefined;
  /** Other fields whose change re-checks this one (a signatory required from an estimate). */
  dependsOn?: readonly string[];
  /** A hint under the field. */
  extra?: string;
  /** The labels of a list's entries' fields (`quantity: '数量'`), for the API's refusals of a line. */
  itemLabels?: Readonly<Record<string, string>>;
}

export interface ActionForm {
  fields: readonly FieldSpec[];
  /** Reshapes the flat body where the API wants another shape (a survey's participants). */
  compose?(body: Record<string, unknown>): Record<string, unknown>;
}

/**
 * Yuan as typed on the field forms (`80`, `80.5`, `1,200.00`, full-width digits) → integer fen, or
 * the reason it is not an amount the API takes, in yuan and in Chinese (`parseYuan`: not negative,
 * at most two decimals, at most 100 亿元). Digit grouping is allowed here.
 */
export function yuanOf(typed: string): YuanParse {
  return parseYuan(typed.replace(/[,，\s]/g, ''));
}

/** Yuan as typed → integer fen; undefined when it is not an amount (`yuanOf` says why). */
export function yuanToFen(typed: string): number | undefined {
  const parsed = yuanOf(typed);
  return parsed.ok ? parsed.fen : undefined;
}

/**
 * What is wrong with a field's value before it is sent, in Chinese: an amount that is not one (in
 * yuan: the API would speak of fen), then the field's own check. An empty field is the `required`
 * rule's business.
 */
export function fieldProblem(
  field: FieldSpec,
  value: unknown,
  values: Readonly<Record<string, unknown>>,
): string | undefined {
  const text = typeof value === 'string' ? value.trim() : '';
  if (field.input === 'money' && text !== '') {
    const amount = yuanOf(text);
    if (!amount.ok) return amount.message;
  }
  return field.check?.(text, values);
}

/** Integer fen → `¥1,234.50`. */
export function formatFen(fen: number | undefined): string {
  if (fen === undefined) return '—';
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}¥${yuan}.${String(abs % 100).padStart(2, '0')}`;
}

/** `YYYY-MM-DDTHH:mm` in the browser's time zone, as a datetime-local input shows it. */
export function localDateTime(at: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** A list typed one entry a line (or separated by 、 or ;), blank entries left out. */
export function linesOf(text: string): string[] {
  return text
    .split(/[\n、;；]/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * The API's field names a form shows, with their labels: each field's, and its list entries' fields
 * as `materials[].quantity` (`shownOn` places a refusal of `materials[1].quantity` on 材料).
 */
export function fieldLabels(fields: readonly FieldSpec[]): Record<string, string> {
  return Object.fromEntries(
    fields.flatMap((f) => [
      [f.name, f.label],
      ...Object.entries(f.itemLabels ?? {}).map(([item, label]) => [`${f.name}[].${item}`, label]),
    ]),
  );
}

/** The values a form opens with. */
export function initialValues(fields: readonly FieldSpec[], now: Date): Record<string, unknown> {
  return Object.fromEntries(
    fields.filter((f) => f.initial === 'now').map((f) => [f.name, localDateTime(now)]),
  );
}

/**
 * A form's flat values as the body the API takes: names with dots nest, empty optional fields are
 * left out (the API refuses empty strings), datetimes become ISO, yuan become fen. An amount that is
 * not one is kept as typed, so the API's refusal names the field rather than the console guessing.
 */
export function formBody(
  form: ActionForm,
  values: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of form.fields) {
    let value = values[field.name];
    if (typeof value === 'string') value = value.trim();
    if (value === undefined || value === null || value === '') continue;
    if (field.input === 'datetime') value = new Date(String(value)).toISOString();
    if (field.input === 'money') value = yuanToFen(String(value)) ?? value;
    if (field.input === 'yes-no') value = value === true || value === 'yes';
    if (field.input === 'lines') value = linesOf(String(value));
    const path = field.name.split('.');
    const last = path.pop() ?? field.name;
    let target = body;
    for (const key of path) target = (target[key] ??= {}) as Record<string, unknown>;
    target[last] = value;
  }
  return form.compose ? form.compose(body) : body;
}

export const YES_NO = [
  { value: 'yes', label: '是' },
  { value: 'no', label: '否' },
];
