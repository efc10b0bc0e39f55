import type { EntityManager } from '@mikro-orm/postgresql';
import { EARLY_WARNING_DEFAULTS, EarlyWarningRaised } from '@pcs/contracts';
import { archiveRecord, newId, type Outbox } from '@pcs/platform';
import { Complaint } from '../complaints/complaint.entity.js';
import { EarlyWarningRule } from './early-warning-rule.entity.js';
import { neighbourhood, reachesThreshold, sharingFullestWindow } from './early-warning-window.js';
import { EarlyWarning } from './early-warning.entity.js';

export const EARLY_WARNING_RECORD = 'early-warning';

/** A community's threshold and window, or the defaults (CMP-11). */
export async function warningRuleOf(
  em: EntityManager,
  companyId: string,
  communityId: string,
): Promise<{ threshold: number; windowDays: number; custom: boolean }> {
  const rule = await em.findOne(EarlyWarningRule, { companyId, communityId }, { filters: false });
  return rule
    ? { threshold: rule.threshold, windowDays: rule.windowDays, custom: true }
    : { ...EARLY_WARNING_DEFAULTS, custom: false };
}

/** The facts of a new entry that CMP-11 looks at, all known before the entry has its number. */
export type WarningFacts = Pick<
  Complaint,
  'id' | 'companyId' | 'communityId' | 'buildingId' | 'category' | 'kind' | 'receivedAt'
>;

/** What a registration found for CMP-11: the open warning it joins, or what may raise one. */
export type WarningWatch =
  | { open: EarlyWarning }
  | {
      buildingId: string;
      category: NonNullable<Complaint['category']>;
      rule: { threshold: number; windowDays: number };
      /** The complaints not yet counted that share the fullest window with the new one. */
      sharing: Pick<Complaint, 'id' | 'number' | 'receivedAt'>[];
    };

/**
 * CMP-11, in the registration's transaction, before the entry takes its number: every read the rule
 * needs. From the number on, the community's series row is locked until commit (decision 0191), so
 * the reads happen here and `settleEarlyWarning` only writes. Registrations for one building and
 * category serialise on an advisory lock, so two at once cannot both miss (or both raise) a warning.
 * Taken before the number on every registration, so the two locks are always taken in one order.
 */
export async function lookForEarlyWarning(
  em: EntityManager,
  entry: WarningFacts,
): Promise<WarningWatch | undefined> {
  const { companyId, communityId, buildingId, category } = entry;
  if (entry.kind !== 'complaint' || !buildingId || !category) return undefined;
  await em.execute(`select pg_advisory_xact_lock(hashtextextended(?, 0))`, [
    `early-warning:${companyId}:${buildingId}:${category}`,
  ]);
  const open = await em.findOne(
    EarlyWarning,
    { companyId, buildingId, category, status: 'open' },
    { filters: false },
  );
  if (open) return { open };
  const rule = await warningRuleOf(em, companyId, communityId);
  const { after, before } = neighbourhood(entry.receivedAt, rule.windowDays);
  const near = await em.find(
    Complaint,
    {
      companyId,
      buildingId,
      category,
      kind: 'complaint',
      warningId: null,
      status: { $ne: 'merged' },
      id: { $ne: entry.id },
      receivedAt: { $gt: after, $lt: before },
    },
    { filters: false, fields: ['id', 'number', 'receivedAt'], orderBy: { receivedAt: 'asc', id: 'asc' } },
  );
  const sharing = sharingFullestWindow(entry.receivedAt, near, rule.windowDays);
  return { buildingId, category, rule, sharing };
}

/**
 * The numbered entry joins the open warning, or raises one when, with the complaints not yet counted
 * by a warning, it reaches the threshold in the window.
 */
export async function settleEarlyWarning(
  em: EntityManager,
  outbox: Outbox,
  watch: WarningWatch | undefined,
  complaint: Complaint,
  now: Date,
): Promise<EarlyWarning | undefined> {
  if (!watch) return undefined;
  if ('open' in watch) {
    const { open } = watch;
    open.complaints = [...open.complaints, { id: complaint.id, number: complaint.number }];
    open.updatedAt = now;
    complaint.warningId = open.id;
    return open;
  }
  const { buildingId, category, rule, sharing } = watch;
  const { companyId, communityId } = complaint;
  if (!reachesThreshold(sharing.length + 1, rule.threshold)) return undefined;
  // In the order received: a complaint logged late stands where it was received, not at the end.
  const counted = [...sharing, complaint]
    .sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime())
    .map((c) => ({ id: c.id, number: c.number }));
  const warning = em.create(EarlyWarning, {
    id: newId(),
    companyId,
    communityId,
    buildingId,
    category,
    status: 'open',
    threshold: rule.threshold,
    windowDays: rule.windowDays,
    complaints: counted,
    raisedAt: now,
    actions: [],
    createdAt: now,
    updatedAt: now,
    version: 1,
  });
  complaint.warningId = warning.id;
  if (sharing.length > 0) {
    await em.nativeUpdate(
      Complaint,
      { id: { $in: sharing.map((c) => c.id) } },
      { warningId: warning.id },
      { filters: false },
    );
  }
  archiveRecord(em, EARLY_WARNING_RECORD, warning, {
    action: 'raised',
    changes: {
      category,
      buildingId,
      complaintCount: counted.length,
      threshold: rule.threshold,
      windowDays: rule.windowDays,
    },
    at: now,
  });
  await outbox.stage(em, EarlyWarningRaised, {
    aggregateId: warning.id,
    companyId,
    communityId,
    time: now,
    data: {
      warningId: warning.id,
      communityId,
      buildingId,
      category,
      complaintCount: counted.length,
      threshold: rule.threshold,
      windowDays: rule.windowDays,
      complaintIds: counted.map((c) => c.id),
      raisedAt: now.toISOString(),
    },
  });
  return warning;
}
