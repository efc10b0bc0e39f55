import type { ApiProblem } from '@pcs/api-client';
import { Form, type FormInstance } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { presentProblem, type FieldPath, type ProblemPresentation } from '../api/problem-fields';
import { useProblemRun } from './use-load';

/** A form item's name: flat (`'to.staffId'`) in the dialogs, a path (`['customer', 'phone']`) in nested forms. */
export type FieldName = string | FieldPath;

const flat = (path: FieldPath): FieldName => path.join('.');

/**
 * A refusal's field errors as Ant Design's `setFields` takes them: only fields the form labels (the
 * API's field names, `labels`' keys), each under the name its form item has.
 */
export function formFieldErrors(
  shown: ProblemPresentation,
  labels: Readonly<Record<string, string>>,
  nameOf: (path: FieldPath) => FieldName = flat,
): { name: FieldName; errors: string[] }[] {
  return shown.fields
    .filter(({ name }) => labels[name.join('.')] !== undefined)
    .map(({ name, errors }) => ({ name: nameOf(name), errors }));
}

/** A field a refusal marked, with the value it had then (as JSON, to notice the user's edit). */
export interface MarkedField {
  name: FieldName;
  value: string;
}

/** A flat name (`'to.staffId'`) is one key of the form's values, as Ant Design reads a string name. */
const pathOf = (name: FieldName): FieldPath => (typeof name === 'string' ? [name] : name);
const sameName = (a: FieldName, b: FieldName) => JSON.stringify(pathOf(a)) === JSON.stringify(pathOf(b));

/** A field's value in the form's values, by its name. */
export function valueAt(values: unknown, name: FieldName): unknown {
  let value = values;
  for (const key of pathOf(name)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** The fields a refusal marks, each with its value at the time. */
export function markedFields(errors: readonly { name: FieldName }[], values: unknown): MarkedField[] {
  return errors.map(({ name }) => ({ name, value: JSON.stringify(valueAt(values, name)) ?? '' }));
}

/**
 * Each answer replaces the last one's field errors: fields the last refusal marked that this answer
 * does not name are cleared (a successful answer names none), so no field keeps an error the server
 * no longer reports.
 */
export function replacingFieldErrors(
  marked: readonly FieldName[],
  next: readonly { name: FieldName; errors: string[] }[],
): { name: FieldName; errors: string[] }[] {
  const cleared = marked.filter((name) => !next.some((field) => sameName(field.name, name)));
  return [...cleared.map((name) => ({ name, errors: [] })), ...next];
}

/**
 * The marked fields the user has changed since the refusal: their server error no longer speaks of
 * what is in the field. (Ant Design re-checks only fields with rules of their own when they change.)
 */
export function editedFields(marked: readonly MarkedField[], values: unknown): FieldName[] {
  return marked
    .filter(({ name, value }) => (JSON.stringify(valueAt(values, name)) ?? '') !== value)
    .map(({ name }) => name);
}

/**
 * Whether the answer refused the request as it stands (a 4xx): then a corrected form is another
 * request and needs a new Idempotency-Key. No answer (the network, status 0), a timeout (408), too many
 * requests (429) or a server error (5xx) say nothing of whether the work was done, so the next
 * 提交 must be a replay of the same request: the gateway then answers what was recorded, once.
 */
export function refusesAsItStands(problem: Pick<ApiProblem, 'status'>): boolean {
  return problem.status >= 400 && problem.status < 500 && problem.status !== 408 && problem.status !== 429;
}

/**
 * A form sent to the API: busy while it is sent, a refusal shown above the form and on its fields. The
 * work is given an Idempotency-Key kept across repeated clicks and retries and renewed after a
 * refusal (`refusesAsItStands`): a corrected form is another request, not a replay of the refused one.
 * A field's server error lasts until the user edits the field or the next answer (decision 0305).
 */
export function useSubmit<Values>(
  form: FormInstance<Values>,
  labels: Readonly<Record<string, string>>,
  nameOf?: (path: FieldPath) => FieldName,
) {
  const { busy, problem, run } = useProblemRun();
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [marked, setMarked] = useState<MarkedField[]>([]);
  // The form's names are typed by its values; these come from the API's field names, hence unknown.
  const setFieldErrors = (fields: { name: FieldName; errors: string[] }[]) =>
    form.setFields(fields as unknown as Parameters<typeof form.setFields>[0]);

  const edited = Form.useWatch(
    useCallback((values: Values) => editedFields(marked, values), [marked]),
    { form, preserve: true },
  );
  useEffect(() => {
    if (!edited?.length) return;
    setFieldErrors(edited.map((name) => ({ name, errors: [] })));
    setMarked((shown) => shown.filter((field) => !edited.some((name) => sameName(name, field.name))));
  }, [edited, form]);

  /**
   * Sends the work. `afterRefusal` is told of a refusal once the form shows it (a dialog reads again
   * what the refusal speaks of, decision 0390).
   */
  const submit = async (
    work: (idempotencyKey: string) => Promise<void>,
    afterRefusal?: (refused: ApiProblem) => Promise<void>,
  ): Promise<void> => {
    const before = marked.map((field) => field.name);
    let refusal: ApiProblem | undefined;
    await run(
      async () => {
        await work(idempotencyKey);
        if (before.length) setFieldErrors(replacingFieldErrors(before, []));
        setMarked([]);
      },
      (refused) => {
        refusal = refused;
        if (refusesAsItStands(refused)) setIdempotencyKey(crypto.randomUUID());
        const shown = presentProblem(refused, labels);
        const errors = formFieldErrors(shown, labels, nameOf);
        setFieldErrors(replacingFieldErrors(before, errors));
        setMarked(markedFields(errors, form.getFieldsValue(true)));
        return shown;
      },
    );
    if (refusal && afterRefusal) await afterRefusal(refusal);
  };
  return { busy, problem, submit };
}
