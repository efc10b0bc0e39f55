import type { EntityManager } from '@mikro-orm/postgresql';
import { canAccessCommunity, DomainError } from '@pcs/contracts';
import { CallContext } from '@pcs/platform';
import { Community } from './community.entity.js';

/**
 * GEN-5: the community as the caller sees it. One outside their company or communities answers
 * COMMUNITY_NOT_FOUND exactly like one that does not exist, so its existence is not leaked.
 */
export async function visibleCommunity(em: EntityManager, communityId: string): Promise<Community> {
  const actor = CallContext.actor();
  if (!canAccessCommunity(actor, communityId)) throw DomainError.notFound('COMMUNITY_NOT_FOUND');
  const community = await em.findOne(Community, { companyId: actor.companyId, id: communityId });
  if (!community) throw DomainError.notFound('COMMUNITY_NOT_FOUND');
  return community;
}
