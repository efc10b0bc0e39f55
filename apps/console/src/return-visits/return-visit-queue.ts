import type { ComplaintActionCode } from '../complaints/complaint-actions';
import { nextDeadline, type ComplaintView } from '../complaints/deadline-badges';

/** What the queue lets the desk do with a resolved entry (CMP-9, DESK-4), in this order. */
export const VISIT_ACTIONS: readonly ComplaintActionCode[] = [
  'return-visit',
  'visit-attempt',
  'exempt-visit',
];

/** The return visit's own deadline, if it is still running. */
export function visitDeadline(entry: Pick<ComplaintView, 'deadlines'>) {
  return nextDeadline({ deadlines: entry.deadlines.filter((d) => d.kind === 'return-visit') });
}

/**
 * The queue in the order the desk works it: by the visit's due time (so those past due come first),
 * then entries without a running visit deadline by when they were resolved.
 */
export function returnVisitOrder<T extends Pick<ComplaintView, 'deadlines' | 'resolvedAt' | 'number'>>(
  entries: readonly T[],
): T[] {
  const due = (e: T) => visitDeadline(e)?.dueAt;
  return [...entries].sort((a, b) => {
    const [da, db] = [due(a), due(b)];
    if (da && db && da !== db) return da.localeCompare(db);
    if (!da !== !db) return da ? -1 : 1;
    return (a.resolvedAt ?? '').localeCompare(b.resolvedAt ?? '') || a.number.localeCompare(b.number);
  });
}
