import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '@pcs/contracts';
import { announcedCommunity, CallContext, ResidentPreference } from '@pcs/platform';

/**
 * A list filtered by a community residents never announced to the caller's company is 404
 * COMMUNITY_NOT_FOUND rather than an empty page (decision 0210), so a mistyped code is told apart from
 * a quiet community. A community the caller may not see stays an empty page (GEN-5), as before.
 */
export async function refuseUnannounced(em: EntityManager, communityId: string): Promise<void> {
  await announcedCommunity(em, CallContext.actor().companyId, communityId);
}

/**
 * RES-7, MNT-10: a `personId` names a resident on file in the caller's company, whose contact
 * preferences maintenance keeps from residents' person events (one row per registered person). One
 * it has never heard of is refused naming the field (decision 0210): a mistyped or foreign id would
 * otherwise stand on the request, and the work order's payer (BIL-7), as a resident nobody can find.
 */
export async function assertKnownPerson(
  em: EntityManager,
  companyId: string,
  personId: string,
): Promise<void> {
  const person = await em.findOne(ResidentPreference, { companyId, personId }, { filters: false });
  if (!person) {
    throw DomainError.validation([
      { field: 'personId', message: 'personId is not a person on file in this company' },
    ]);
  }
}
