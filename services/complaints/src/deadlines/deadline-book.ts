import type { EntityManager } from '@mikro-orm/postgresql';
import type { DeadlineKind } from '@pcs/contracts';
import { newId } from '@pcs/platform';
import type { WorkCalendar } from '@pcs/work-calendar';
import { COMPLAINT_POLICY } from '../complaints/complaint-policy.js';
import { dueAt, warnAt } from './deadline-clock.js';
import { ComplaintDeadline, type StoredRule } from './complaint-deadline.entity.js';
import { PAUSABLE_DEADLINES, type DeadlineOp, type DeadlineRule } from './deadline-rule.js';

export function storeRule(rule: DeadlineRule): StoredRule {
  return rule.unit === 'fixed'
    ? { unit: 'fixed', at: rule.at.toISOString() }
    : rule.unit === 'end-of-day'
      ? { unit: 'end-of-day', from: rule.from.toISOString() }
      : { unit: rule.unit, amount: rule.amount, from: rule.from.toISOString() };
}

export function loadRule(rule: StoredRule): DeadlineRule {
  return rule.unit === 'fixed'
    ? { unit: 'fixed', at: new Date(rule.at) }
    : rule.unit === 'end-of-day'
      ? { unit: 'end-of-day', from: new Date(rule.from) }
      : { unit: rule.unit, amount: rule.amount, from: new Date(rule.from) };
}

/** The entry a clock belongs to. */
export interface ClockOwner {
  id: string;
  companyId: string;
  communityId: string;
}

/**
 * Computes a clock's due and warning times from its rule and pauses (CMP-3, CMP-14). A clock that
 * moves later than it was warned about is warned again.
 */
export function schedule(calendar: WorkCalendar, d: ComplaintDeadline, now: Date): void {
  const due = dueAt(calendar, loadRule(d.rule), d.pauses);
  const warn = warnAt(calendar, due, COMPLAINT_POLICY.warnWorkingHours, d.openedAt);
  if (d.warnedAt && warn > now && warn.getTime() !== d.warnAt.getTime()) d.warnedAt = null;
  d.dueAt = due;
  d.warnAt = warn;
}

/** The open clocks of one entry, in the caller's transaction. */
export function openClocks(em: EntityManager, complaintId: string): Promise<ComplaintDeadline[]> {
  return em.find(
    ComplaintDeadline,
    { complaintId, metAt: null, cancelledAt: null },
    { filters: false, orderBy: { openedAt: 'asc', id: 'asc' } },
  );
}

/**
 * Carries out what a decision does to an entry's clocks: opens, meets, cancels, pauses and resumes.
 * Returns the clocks still open afterwards. `openBefore` is given when the caller knows them without
 * reading: an entry being registered has none.
 */
export async function applyDeadlineOps(
  em: EntityManager,
  calendar: WorkCalendar,
  owner: ClockOwner,
  ops: readonly DeadlineOp[],
  now: Date,
  openBefore?: readonly ComplaintDeadline[],
): Promise<ComplaintDeadline[]> {
  let open = openBefore ? [...openBefore] : await openClocks(em, owner.id);
  const matches = (d: ComplaintDeadline, kinds: readonly DeadlineKind[] | 'all', level?: number) =>
    (kinds === 'all' || kinds.includes(d.kind)) && (level === undefined || d.level === level);
  for (const op of ops) {
    switch (op.op) {
      case 'open': {
        if (open.some((d) => d.kind === op.kind && d.level === (op.level ?? 0))) break;
        const d = em.create(ComplaintDeadline, {
          id: newId(),
          companyId: owner.companyId,
          communityId: owner.communityId,
          complaintId: owner.id,
          kind: op.kind,
          level: op.level ?? 0,
          rule: storeRule(op.rule),
          pauses: [],
          openedAt: now,
          dueAt: now,
          warnAt: now,
        });
        schedule(calendar, d, now);
        open.push(d);
        break;
      }
      case 'meet':
      case 'cancel': {
        const hit = open.filter((d) => matches(d, op.kinds, op.op === 'meet' ? op.level : undefined));
        for (const d of hit) {
          if (op.op === 'meet') d.metAt = now;
          else d.cancelledAt = now;
          d.pausedSince = null;
        }
        open = open.filter((d) => !hit.includes(d));
        // Written now: a clock of the same kind opened next must not meet this one in the unique index
        // of open clocks (the unit of work would insert it before updating this one).
        if (hit.length > 0) await em.flush();
        break;
      }
      case 'pause':
        for (const d of open) {
          if (PAUSABLE_DEADLINES.includes(d.kind) && !d.pausedSince) d.pausedSince = now;
        }
        break;
      case 'resume':
        for (const d of open) {
          if (!d.pausedSince) continue;
          d.pauses = [...d.pauses, { from: d.pausedSince.toISOString(), to: now.toISOString() }];
          d.pausedSince = null;
          schedule(calendar, d, now);
        }
        break;
    }
  }
  return open;
}
