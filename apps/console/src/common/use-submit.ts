import type { ApiProblem } from '@pcs/api-client';
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
        if (refusesAsItStands(refused)) setIdempotencyKey(crypto.randomUUID());
        const shown = presentProblem(refused, labels);
        form.setFields(formFieldErrors(shown, labels, nameOf) as Parameters<typeof form.setFields>[0]);
        return shown;
      },
    );
  return { busy, problem, submit };
}
