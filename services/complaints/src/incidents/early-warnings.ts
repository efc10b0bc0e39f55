import type { EntityManager } from '@mikro-orm/postgresql';
import { EARLY_WARNING_DEFAULTS, EarlyWarningRaised } from '@pcs/contracts';
import { archiveRecord, newId, type Outbox } from '@pcs/platform';
import { Complaint } from '../complaints/complaint.entity.js';
import { EarlyWarningRule } from './early-warning-rule.entity.js';
import { reachesThreshold, windowStart } from './early-warning-window.js';
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

/**
 * CMP-11, in the registration's transaction: a complaint with a category about a building joins the
 * open warning for that building and category, or raises one when, with the complaints not yet
 * counted by a warning, it reaches the threshold in the window. Registrations for one building and
 * category serialise on an advisory lock, so two at once cannot both miss (or both raise) it.
 */
export async function watchForEarlyWarning(
  em: EntityManager,
  outbox: Outbox,
  complaint: Complaint,
  now: Date,
): Promise<EarlyWarning | undefined> {
  const { companyId, communityId, buildingId, category } = complaint;
  if (complaint.kind !== 'complaint' || !buildingId || !category) return undefined;
  await em.execute(`select pg_advisory_xact_lock(hashtextextended(?, 0))`, [
    `early-warning:${companyId}:${buildingId}:${category}`,
  ]);
  const open = await em.findOne(
    EarlyWarning,
    { companyId, buildingId, category, status: 'open' },
    { filters: false },
  );
  if (open) {
    open.complaints = [...open.complaints, { id: complaint.id, number: complaint.number }];
    open.updatedAt = now;
    complaint.warningId = open.id;
    return open;
  }
  const rule = await warningRuleOf(em, companyId, communityId);
  const earlier = await em.find(
    Complaint,
    {
      companyId,
      buildingId,
      category,
      kind: 'complaint',
      warningId: null,
      status: { $ne: 'merged' },
      id: { $ne: complaint.id },
      receivedAt: { $gt: windowStart(complaint.receivedAt, rule.windowDays), $lte: complaint.receivedAt },
    },
    { filters: false, fields: ['id', 'number', 'receivedAt'], orderBy: { receivedAt: 'asc', id: 'asc' } },
  );
  if (!reachesThreshold(earlier.length + 1, rule.threshold)) return undefined;
  const counted = [
    ...earlier.map((c) => ({ id: c.id, number: c.number })),
    { id: complaint.id, number: complaint.number },
  ];
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
  if (earlier.length > 0) {
    await em.nativeUpdate(
      Complaint,
      { id: { $in: earlier.map((c) => c.id) } },
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
