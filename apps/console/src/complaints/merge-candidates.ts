import type { ComplaintView } from './deadline-badges';

/** Statuses an entry can still take others in: not merged away itself, not referred elsewhere. */
const CLOSED_TO_MERGES: readonly ComplaintView['status'][] = ['merged', 'referred'];

/**
 * CMP-16: the entries one can be merged into — others of its community that are still entries of
 * their own — as select options labelled by number and a little of what was said.
 */
export function mergeCandidates(
  entry: Pick<ComplaintView, 'id' | 'communityId'>,
  others: readonly Pick<
    ComplaintView,
    'id' | 'communityId' | 'number' | 'status' | 'statusLabel' | 'description'
  >[],
): { value: string; label: string }[] {
  return others
    .filter((o) => o.id !== entry.id && o.communityId === entry.communityId)
    .filter((o) => !CLOSED_TO_MERGES.includes(o.status))
    .map((o) => ({
      value: o.id,
      label: `${o.number}（${o.statusLabel}）${o.description.length > 20 ? `${o.description.slice(0, 20)}…` : o.description}`,
    }));
}
