import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, seesAllCommunities } from '@pcs/contracts';
import { CallContext, newId } from '@pcs/platform';
import type { Person } from '../people/person.entity.js';
import { PersonalDataAccess } from './personal-data-access.entity.js';

/** Distinct full numbers a staff member may search in a minute (decision 0283). */
export const PHONE_LOOKUPS_PER_MINUTE = 30;
const WINDOW_SECONDS = 60;
const LOOKUP_REASON = '按完整电话号码查找客户';

/**
 * GEN-4 (decision 0283): a search by a full phone number answers whose number it is, so that with a
 * masked number (`139****2222`, four digits hidden) 10 000 searches would reveal it without a logged
 * reveal. Every such search is logged (who, when, whom it found, or nobody), and a staff member's
 * distinct numbers are limited to PHONE_LOOKUPS_PER_MINUTE in any minute: beyond it 429 RATE_LIMITED
 * with `retryAfterSeconds`, and the answer is not given. The count is read from the log under a
 * per-staff advisory lock, so it holds across the service's replicas. A number searched again within
 * the minute is not a new one.
 */
export async function logPhoneLookup(
  em: EntityManager,
  lookup: { phoneDigits: string; communityId?: string; found: readonly Person[] },
  now: Date = new Date(),
): Promise<void> {
  const actor = CallContext.actor();
  const lookupKey = createHash('sha256').update(`${actor.companyId}:${lookup.phoneDigits}`).digest('hex');
  await em.transactional(async (tx) => {
    await tx.execute(`select pg_advisory_xact_lock(hashtextextended(?, 283))`, [
      `phone-lookup:${actor.companyId}:${actor.sub}`,
    ]);
    const since = new Date(now.getTime() - WINDOW_SECONDS * 1000);
    const recent: { lookup_key: string; first_at: Date }[] = await tx.execute(
      `select lookup_key, min("at") as first_at from personal_data_access
        where company_id = ? and actor_id = ? and kind = 'phone-lookup' and "at" > ?
        group by lookup_key order by first_at`,
      [actor.companyId, actor.sub, since],
    );
    const known = recent.some((r) => r.lookup_key === lookupKey);
    if (!known && recent.length >= PHONE_LOOKUPS_PER_MINUTE) {
      // The minute frees a number when the oldest distinct one leaves it.
      const oldest = recent.at(-PHONE_LOOKUPS_PER_MINUTE)?.first_at ?? now;
      const frees = new Date(oldest).getTime();
      const retryAfterSeconds = Math.max(
        1,
        Math.ceil((frees + WINDOW_SECONDS * 1000 - now.getTime()) / 1000),
      );
      throw new DomainError(
        'RATE_LIMITED',
        `一分钟内按完整号码查找已达${PHONE_LOOKUPS_PER_MINUTE}个号码，请${retryAfterSeconds}秒后再试`,
        { retryAfterSeconds, limit: PHONE_LOOKUPS_PER_MINUTE },
      );
    }
    const entry = {
      companyId: actor.companyId,
      actorId: actor.sub,
      actorName: actor.name,
      actorRoles: [...actor.roles],
      kind: 'phone-lookup' as const,
      reason: LOOKUP_REASON,
      lookupKey,
      at: now,
    };
    if (lookup.found.length === 0) {
      tx.create(PersonalDataAccess, {
        ...entry,
        id: newId(),
        communityId: lookup.communityId ?? missCommunity(actor.communities),
        fields: [],
      });
    }
    for (const person of lookup.found) {
      tx.create(PersonalDataAccess, {
        ...entry,
        id: newId(),
        communityId: person.communityId,
        personId: person.id,
        personName: person.name,
        // The search confirmed the full number is theirs.
        fields: ['phone'],
      });
    }
  });
}

/** A miss of a search over several communities is filed company-wide (`*`), as company records are. */
function missCommunity(communities: readonly string[]): string {
  const [only] = communities;
  return !seesAllCommunities({ communities: [...communities] }) && communities.length === 1 && only
    ? only
    : '*';
}
