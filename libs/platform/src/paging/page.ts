import { DEFAULT_PAGE_LIMIT, DomainError, type Page, type PageQuery } from '@pcs/contracts';

/** Where a page starts and how long it is, from a list query's `limit` and opaque `cursor`. */
export interface PageWindow {
  limit: number;
  /** The id of the last item of the previous page; items follow it in the list's id order. */
  after?: string;
}

/** Ids are UUID v7 (creation order) or community codes; a cursor holds nothing else. */
const CURSOR_ID = /^[0-9A-Za-z-]{1,64}$/;

export function pageWindow(query: PageQuery): PageWindow {
  const limit = query.limit ?? DEFAULT_PAGE_LIMIT;
  if (query.cursor === undefined) return { limit };
  const after = Buffer.from(query.cursor, 'base64url').toString('utf8');
  if (!CURSOR_ID.test(after) || encodeCursor(after) !== query.cursor) {
    throw DomainError.validation([
      { field: 'cursor', message: 'cursor must be the nextCursor of a previous page' },
    ]);
  }
  return { limit, after };
}

/**
 * The `where` condition and options that fetch one page, plus one row to tell whether more follow.
 * Ids are UUID v7, so id order is creation order: `desc` lists newest first.
 */
export function pageQuery(
  window: PageWindow,
  order: 'asc' | 'desc' = 'asc',
): {
  where: { id?: { $gt: string } | { $lt: string } };
  options: { orderBy: { id: 'asc' | 'desc' }; limit: number };
} {
  const after = window.after;
  return {
    where: after === undefined ? {} : { id: order === 'asc' ? { $gt: after } : { $lt: after } },
    options: { orderBy: { id: order }, limit: window.limit + 1 },
  };
}

/** Cuts the extra row off and turns the rows of a page into views, with the cursor of the next page. */
export async function toPage<R extends { id: string }, V>(
  rows: R[],
  window: PageWindow,
  views: (rows: R[]) => V[] | Promise<V[]>,
): Promise<Page<V>> {
  const more = rows.length > window.limit;
  const shown = more ? rows.slice(0, window.limit) : rows;
  const items = await views(shown);
  const last = shown.at(-1);
  return more && last ? { items, nextCursor: encodeCursor(last.id) } : { items };
}

function encodeCursor(id: string): string {
  return Buffer.from(id, 'utf8').toString('base64url');
}
