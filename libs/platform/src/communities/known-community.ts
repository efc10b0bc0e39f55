import type { EntityManager } from '@mikro-orm/postgresql';
import { canAccessCommunity, DomainError, type Actor } from '@pcs/contracts';
import { CommunityReplica } from './community-replica.entity.js';

/**
 * The community a record is about, for records that must not exist for a community that does not:
 * a register entry, a day's reconciliation and sign-off, a shift handover, a repair request. A
 * community the caller may not see (GEN-5), or one residents never announced (`community.created`),
 * is 404 COMMUNITY_NOT_FOUND (decisions 0194, 0210).
 */
export async function knownCommunity(
  em: EntityManager,
  actor: Actor,
  communityId: string,
): Promise<CommunityReplica> {
  if (!canAccessCommunity(actor, communityId)) throw DomainError.notFound('COMMUNITY_NOT_FOUND');
  return announcedCommunity(em, actor.companyId, communityId);
}

/** The company's community as residents announced it, whoever asks; 404 COMMUNITY_NOT_FOUND if never. */
export async function announcedCommunity(
  em: EntityManager,
  companyId: string,
  communityId: string,
): Promise<CommunityReplica> {
  const community = await em.findOne(CommunityReplica, { companyId, communityId }, { filters: false });
  if (!community) throw DomainError.notFound('COMMUNITY_NOT_FOUND');
  return community;
}
