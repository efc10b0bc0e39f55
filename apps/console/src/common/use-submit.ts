import type { FormInstance } from 'antd';
import { useState } from 'react';
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

/**
 * A form sent to the API: busy while it is sent, a refusal shown above the form and on its fields. The
 * work is given an Idempotency-Key kept across repeated clicks and retries and renewed after a
 * refusal: a corrected form is another request, not a replay of the refused one.
 */
export function useSubmit<Values>(
  form: FormInstance<Values>,
  labels: Readonly<Record<string, string>>,
  nameOf?: (path: FieldPath) => FieldName,
) {
  const { busy, problem, run } = useProblemRun();
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const submit = (work: (idempotencyKey: string) => Promise<void>) =>
    run(
      () => work(idempotencyKey),
      (refused) => {
        setIdempotencyKey(crypto.randomUUID());
        const shown = presentProblem(refused, labels);
        form.setFields(formFieldErrors(shown, labels, nameOf) as Parameters<typeof form.setFields>[0]);
        return shown;
      },
    );
  return { busy, problem, submit };
}
