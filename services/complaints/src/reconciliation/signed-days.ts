import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '@pcs/contracts';
import { localDateOf } from '@pcs/work-calendar';
import { DayReconciliation } from './day-reconciliation.entity.js';

/**
 * Registrations take a community day's lock shared, the sign-off takes it exclusive, both until their
 * transaction ends: a sign-off waits for the registrations already under way and sees them in its
 * gaps, and a registration that waited for a sign-off then sees the day signed and is refused. No
 * entry can slip into a day after its snapshot was taken.
 */
export async function lockCommunityDay(
  em: EntityManager,
  companyId: string,
  communityId: string,
  date: string,
  mode: 'shared' | 'exclusive',
): Promise<void> {
  const lock = mode === 'shared' ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock';
  await em.execute(`select ${lock}(hashtextextended(?, 0))`, [
    `complaints:day:${companyId}:${communityId}:${date}`,
  ]);
}

/** The sign-off of a community's day, read in the caller's transaction (none if the day is open). */
export function signOffOf(
  em: EntityManager,
  companyId: string,
  communityId: string,
  date: string,
): Promise<DayReconciliation | null> {
  return em.findOne(DayReconciliation, { companyId, communityId, date }, { filters: false });
}

/**
 * CMP-6: a signed day is locked: an entry received on it can no longer be registered (409
 * DAY_SIGNED_OFF naming `receivedAt`). Called by registration inside its transaction.
 */
export async function refuseSignedDay(
  em: EntityManager,
  companyId: string,
  communityId: string,
  receivedAt: Date,
  timeZone: string,
): Promise<void> {
  const date = localDateOf(receivedAt, timeZone);
  await lockCommunityDay(em, companyId, communityId, date, 'shared');
  const signed = await signOffOf(em, companyId, communityId, date);
  if (signed) {
    throw new DomainError(
      'DAY_SIGNED_OFF',
      `${date} 已由${signed.signedByName}盘点签字，不能再登记当日收到的来电来访`,
      { field: 'receivedAt', date, signedAt: signed.signedAt.toISOString() },
    );
  }
}
