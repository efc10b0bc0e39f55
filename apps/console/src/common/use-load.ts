import type { ApiProblem } from '@pcs/api-client';
import { useCallback, useEffect, useState } from 'react';
import { ProblemError } from '../api/gateway-api';
import { presentProblem, type ProblemPresentation } from '../api/problem-fields';

/** Where a request's progress and refusal are shown: a screen's or a dialog's state. */
export interface ProblemState {
  setBusy(busy: boolean): void;
  setProblem(problem: ProblemPresentation | undefined): void;
}

/**
 * The console's one way to send a request: busy while it runs, the last refusal cleared first, a
 * refusal of the gateway (`ProblemError`) shown as `present` makes it (without form fields unless
 * given); anything else is a bug and is thrown on.
 */
export async function runShowingProblem(
  state: ProblemState,
  work: () => Promise<void>,
  present: (problem: ApiProblem) => ProblemPresentation = (problem) => presentProblem(problem, {}),
): Promise<void> {
  state.setBusy(true);
  state.setProblem(undefined);
  try {
    await work();
  } catch (error) {
    if (!(error instanceof ProblemError)) throw error;
    state.setProblem(present(error.problem));
  } finally {
    state.setBusy(false);
  }
}

/** A page of a list route: its items and, when there are more, the cursor of the next page. */
export interface ListPage<Item> {
  items: Item[];
  nextCursor?: string;
}

/** The items shown after a page arrived: the next page after those shown, the first one instead of them. */
export function itemsAfter<Item>(shown: readonly Item[], page: ListPage<Item>, more: boolean): Item[] {
  return more ? [...shown, ...page.items] : page.items;
}

/**
 * The items shown after a page was refused: a refused first page (new filters, a new search) leaves
 * none, as those shown answer another question and a click on one would open a record that was not
 * asked for; a refused next page keeps those shown (decision 0315).
 */
export function itemsAfterRefusal<Item>(shown: readonly Item[], more: boolean): Item[] {
  return more ? [...shown] : [];
}

/** `runShowingProblem` with its state in the component. */
export function useProblemRun() {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ProblemPresentation>();
  const run = useCallback(
    (work: () => Promise<void>, present?: (problem: ApiProblem) => ProblemPresentation) =>
      runShowingProblem({ setBusy, setProblem }, work, present),
    [],
  );
  return { busy, problem, setProblem, run };
}

/**
 * What a screen shows of one request (or several sent together), loaded when the request changes:
 * pass it through `useCallback` with what it depends on. No request (`undefined`) loads nothing and
 * keeps what was shown. A refusal keeps the last answer unless `clearOnFailure`.
 */
export function useLoad<T>(request: (() => Promise<T>) | undefined, { clearOnFailure = false } = {}) {
  const [data, setData] = useState<T>();
  const { busy: loading, problem, setProblem, run } = useProblemRun();
  const reload = useCallback(async () => {
    if (!request) return;
    await run(async () => {
      try {
        setData(await request());
      } catch (error) {
        if (clearOnFailure) setData(undefined);
        throw error;
      }
    });
  }, [request, clearOnFailure, run]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { data, setData, loading, problem, setProblem, reload };
}

const asAnswered = <Item>(items: Item[]) => items;

/**
 * A list route read a page at a time: the first page whenever `requestPage` changes (pass it through
 * `useCallback` with the filters), the next ones after it on `load(cursor)`. `arrange` orders what is
 * shown (a stable function, as `requestPage`).
 */
export function usePagedList<Item>(
  requestPage: (cursor: string | undefined) => Promise<ListPage<Item>>,
  arrange: (items: Item[]) => Item[] = asAnswered,
) {
  const [items, setItems] = useState<Item[]>([]);
  const [cursor, setCursor] = useState<string>();
  const { busy: loading, problem, run } = useProblemRun();
  const load = useCallback(
    (more?: string) =>
      run(async () => {
        let page: ListPage<Item>;
        try {
          page = await requestPage(more);
        } catch (error) {
          setItems((shown) => itemsAfterRefusal(shown, !!more));
          if (!more) setCursor(undefined);
          throw error;
        }
        setItems((shown) => arrange(itemsAfter(shown, page, !!more)));
        setCursor(page.nextCursor);
      }),
    [requestPage, arrange, run],
  );

  useEffect(() => {
    void load();
  }, [load]);

  return { items, cursor, loading, problem, load };
}

/** What `LoadMoreButton` needs of a paged list. */
export type PagedList = Pick<ReturnType<typeof usePagedList>, 'cursor' | 'loading' | 'load'>;
