import type { EntityManager } from '@mikro-orm/postgresql';
import { FINAL_COMPLAINT_STATUSES, type ShiftHandoverSnapshotView } from '@pcs/contracts';
import { CallBack } from '../call-backs/call-back.entity.js';
import { callBackViews } from '../call-backs/call-back.view.js';
import { SUMMARY_FIELDS, toComplaintSummary } from '../complaints/complaint-summary.js';
import { UNRESOLVED_STATUSES } from '../complaints/complaint.state.js';
import { Complaint } from '../complaints/complaint.entity.js';

/** Items listed per section; each section's count is exact (decision 0088). */
export const SNAPSHOT_LISTED = 200;

/** The giver's previous handover bounds the open items, but never further back than this. */
export const OPEN_ITEMS_WINDOW_MS = 24 * 60 * 60 * 1000;

/** Where a handover's open items start: the giver's previous handover, at most 24 h ago. */
export function openItemsSince(previousHandoverAt: Date | undefined, now: Date): Date {
  const dayAgo = new Date(now.getTime() - OPEN_ITEMS_WINDOW_MS);
  return previousHandoverAt && previousHandoverAt > dayAgo ? previousHandoverAt : dayAgo;
}

/**
 * DESK-1: what the outgoing shift passes on in a community, read in the handover's transaction:
 * entries received since `since` not yet finished; promised call-backs (the open call-back list,
 * CMP-4, and promises to customers still ahead, CMP-3); and active matters (escalated, overdue or
 * major, CMP-4, CMP-5). Each section is served by an index (see the migrations), oldest first.
 */
export async function takeSnapshot(
  em: EntityManager,
  communityId: string,
  since: Date,
  now: Date,
): Promise<ShiftHandoverSnapshotView> {
  const unfinished = { communityId, status: { $nin: [...FINAL_COMPLAINT_STATUSES] } };
  const summaries = { fields: SUMMARY_FIELDS, limit: SNAPSHOT_LISTED };
  const [openItems, openItemCount] = await em.findAndCount(
    Complaint,
    { ...unfinished, receivedAt: { $gte: since } },
    { ...summaries, orderBy: { receivedAt: 'asc', id: 'asc' } },
  );
  const [promises, promiseCount] = await em.findAndCount(
    Complaint,
    { communityId, status: { $in: [...UNRESOLVED_STATUSES] }, promisedAt: { $gt: now } },
    { ...summaries, orderBy: { promisedAt: 'asc', id: 'asc' } },
  );
  const [active, activeMatterCount] = await em.findAndCount(
    Complaint,
    {
      ...unfinished,
      $or: [{ escalationLevel: { $gt: 0 } }, { major: true }, { overdueSince: { $ne: null } }],
    },
    { ...summaries, orderBy: { receivedAt: 'asc', id: 'asc' } },
  );
  const [callBacks, callBackCount] = await em.findAndCount(
    CallBack,
    { communityId, status: 'open' },
    { orderBy: { id: 'asc' }, limit: SNAPSHOT_LISTED },
  );
  return {
    since: since.toISOString(),
    openItems: openItems.map(toComplaintSummary),
    openItemCount,
    callBacks: await callBackViews(em, callBacks, now),
    callBackCount,
    promises: promises.map(toComplaintSummary),
    promiseCount,
    activeMatters: active.map(toComplaintSummary),
    activeMatterCount,
  };
}
