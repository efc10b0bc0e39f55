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
}

export interface ActionForm {
  fields: readonly FieldSpec[];
  /** Reshapes the flat body where the API wants another shape (a survey's participants). */
  compose?(body: Record<string, unknown>): Record<string, unknown>;
}

/** Yuan as typed (`80`, `80.5`, `1,200.00`) → integer fen; undefined when it is not an amount. */
export function yuanToFen(typed: string): number | undefined {
  const text = typed.replace(/[,，\s]/g, '');
  if (!/^-?\d+(\.\d{1,2})?$/.test(text)) return undefined;
  const [whole = '0', cents = ''] = text.replace('-', '').split('.');
  const fen = Number(whole) * 100 + Number(cents.padEnd(2, '0'));
  return text.startsWith('-') ? -fen : fen;
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
    if (field.input === 'lines') {
      value = String(value)
        .split(/[\n、;；]/)
        .map((line) => line.trim())
        .filter(Boolean);
    }
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
