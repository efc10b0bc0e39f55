import type {
  ComplaintKind,
  ComplaintStatus,
  LabelledCodes,
  LabelledCountView,
  ReconciliationGapKind,
} from '@pcs/contracts';
import { isFinalStatus, UNRESOLVED_STATUSES } from '../complaints/complaint.state.js';

/** What the reconciliation reads of a register entry. */
export interface EntryFacts {
  kind: ComplaintKind;
  status: ComplaintStatus;
  handlerId?: string | null;
  acknowledgedAt?: Date | null;
  promisedAt?: Date | null;
  overdueSince?: Date | null;
}

/**
 * CMP-6: the gaps of an entry received on the day being reconciled. Each check stands alone, so an
 * untouched complaint shows all three: it has no handler, no promised time, and nothing was done.
 * Only complaints owe a handler and a promise (CMP-3); suggestions and praise are answered without
 * a deadline (CMP-13), but one left registered is still a call that became nothing.
 */
export function gapsOfDayEntry(entry: EntryFacts): ReconciliationGapKind[] {
  const gaps: ReconciliationGapKind[] = [];
  const unresolved = UNRESOLVED_STATUSES.includes(entry.status);
  if (entry.kind === 'complaint' && unresolved && !entry.handlerId) gaps.push('no-handler');
  if (entry.kind === 'complaint' && unresolved && !entry.promisedAt) gaps.push('no-promise');
  if (entry.status === 'registered' && !entry.handlerId && !entry.acknowledgedAt) gaps.push('no-outcome');
  return gaps;
}

/**
 * CMP-6: an entry of the community, received that day or before, still not finished, with a deadline
 * missed before the day ended (the overdue list as of the end of the day).
 */
export function isOverdueBy(entry: EntryFacts, dayEnd: Date): boolean {
  return !isFinalStatus(entry.status) && !!entry.overdueSince && entry.overdueSince < dayEnd;
}

/** Counts of every code of `codes`, zeros included, so that a report's columns do not come and go. */
export function countByCode<C extends string>(
  codes: LabelledCodes<C>,
  values: readonly C[],
  exact: Partial<Record<C, number>> = {},
): LabelledCountView[] {
  return codes.codes.map((code) => ({
    code,
    label: codes.label(code),
    count: exact[code] ?? values.filter((v) => v === code).length,
  }));
}
