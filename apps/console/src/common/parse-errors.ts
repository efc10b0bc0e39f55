/** What a form's parser answers: the body, or the refusals of named fields (in Chinese). */
export type FormParse<Body, Name extends string> =
  { ok: true; body: Body } | { ok: false; errors: { name: Name; message: string }[] };

/**
 * The form fields' errors after a parse: each field named gets its own refusals, or none, so a
 * corrected field is cleared when the form is sent again. For `form.setFields`.
 */
export function fieldErrors<Name extends string>(
  names: readonly Name[],
  parsed: FormParse<unknown, string>,
): { name: Name; errors: string[] }[] {
  return names.map((name) => ({
    name,
    errors: parsed.ok ? [] : parsed.errors.filter((e) => e.name === name).map((e) => e.message),
  }));
}
