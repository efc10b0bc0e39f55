import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '@pcs/contracts';
import { addDays, localDateOf } from '@pcs/work-calendar';
import { Community } from './community.entity.js';

/** How far ahead a planned date may lie (decision 221): a year and a day covers a leap year. */
export const PLAN_HORIZON_DAYS = 366;

/** The time zone whose calendar says which day it is in the record's community. */
export async function communityTimeZone(
  em: EntityManager,
  record: { companyId: string; communityId: string },
): Promise<string> {
  const community = await em.findOne(Community, { companyId: record.companyId, id: record.communityId });
  return community?.timeZone ?? 'Asia/Shanghai';
}

/** Today in the record's community, as `YYYY-MM-DD`. */
export async function communityToday(
  em: EntityManager,
  record: { companyId: string; communityId: string },
  now: Date = new Date(),
): Promise<string> {
  return localDateOf(now, await communityTimeZone(em, record));
}

/**
 * Decision 221: a date staff plan (a move-in or move-out date, a start or end of an occupancy, a
 * decoration schedule) lies at most PLAN_HORIZON_DAYS after today: `2999-12-31` is a typing slip, and
 * would hold a unit, a deposit or a worker pass for ever. 400 naming the field.
 */
export function assertWithinPlanHorizon(fields: Record<string, string | undefined>, today: string): void {
  const latest = addDays(today, PLAN_HORIZON_DAYS);
  const errors = Object.entries(fields)
    .filter(([, date]) => date !== undefined && date > latest)
    .map(([field]) => ({ field, message: `${field} must be on or before ${latest}: at most a year ahead` }));
  if (errors.length > 0) throw DomainError.validation(errors);
}

/** Decision 221: a date that records what happened (an agreement signed) is not after today. 400 naming it. */
export function assertNotAfterToday(field: string, date: string, today: string): void {
  if (date > today) {
    throw DomainError.validation([{ field, message: `${field} must not be after today (${today})` }]);
  }
}
