/**
 * An enumeration whose codes are English kebab-case (stable, used on the wire and in the database)
 * and whose labels are Chinese (shown in UIs, reports, CSVs and PDFs).
 */
export interface LabelledCodes<C extends string> {
  /** Every code, in declaration order; use with `@IsIn(X.codes)`. */
  readonly codes: readonly C[];
  /** The Chinese label of each code. */
  readonly labels: Readonly<Record<C, string>>;
  /** The Chinese label of a code, or the code itself when unknown (never throws in a report). */
  label(code: string): string;
  /** Narrows an unknown string to a code. */
  is(value: unknown): value is C;
}

export type CodeOf<T> = T extends LabelledCodes<infer C> ? C : never;

export function labelledCodes<const L extends Record<string, string>>(
  labels: L,
): LabelledCodes<Extract<keyof L, string>> {
  type C = Extract<keyof L, string>;
  const codes = Object.freeze(Object.keys(labels)) as readonly C[];
  const known = new Set<string>(codes);
  return Object.freeze({
    codes,
    labels: Object.freeze({ ...labels }) as Readonly<Record<C, string>>,
    label: (code: string) => (known.has(code) ? labels[code as C] : code),
    is: (value: unknown): value is C => typeof value === 'string' && known.has(value),
  });
}
