import { createHash } from 'node:crypto';
import { DEFAULT_PAGE_LIMIT, DomainError, UUID_PATTERN, type Page, type PageQuery } from '@pcs/contracts';

/** Where a page starts and how long it is, from a list query's `limit` and opaque `cursor`. */
export interface PageWindow {
  limit: number;
  /** The id of the last item of the previous page; items follow it in the list's id order. */
  after?: string;
  /** The list the window is of: its cursors are made for it and refused by every other list. */
  list: string;
}

export interface PageList {
  /** Names the list in its cursors. Default: the query's contract class (`ListUnitsV1`). */
  name?: string;
  /** The shape of the list's ids. Default: UUIDs; communities list by their codes. */
  ids?: RegExp;
}

const INVALID_CURSOR = (): DomainError =>
  DomainError.validation([{ field: 'cursor', message: 'cursor must be the nextCursor of a previous page' }]);

/**
 * Reads `limit` and `cursor` (decision 0033). A cursor is `<base64url id>.<tag>`, the tag a hash of
 * the list and the id: a cursor this list did not make (random, edited, cut short, another list's)
 * is 400 naming `cursor`, and an id of the wrong shape never reaches a query, where PostgreSQL
 * would fail on it. Any string gives a window or that 400, never another error.
 */
export function pageWindow(query: PageQuery, list: PageList = {}): PageWindow {
  const name = list.name ?? query.constructor.name;
  const limit = query.limit ?? DEFAULT_PAGE_LIMIT;
  if (query.cursor === undefined) return { limit, list: name };
  const [encodedId = '', ...rest] = query.cursor.split('.');
  if (rest.length !== 1) throw INVALID_CURSOR();
  const after = Buffer.from(encodedId, 'base64url').toString('utf8');
  if (!(list.ids ?? UUID_PATTERN).test(after) || encodeCursor(name, after) !== query.cursor) {
    throw INVALID_CURSOR();
  }
  return { limit, after, list: name };
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
  return more && last ? { items, nextCursor: encodeCursor(window.list, last.id) } : { items };
}

/** Not a secret (a cursor is a position, and every query is filtered by the caller's scope): a check. */
export function encodeCursor(list: string, id: string): string {
  const tag = createHash('sha256').update(`${list}\n${id}`).digest('base64url').slice(0, 11);
  return `${Buffer.from(id, 'utf8').toString('base64url')}.${tag}`;
}
