import type { EntityManager } from '@mikro-orm/postgresql';
import { canAccessCommunity, DomainError, seesAllCommunities } from '@pcs/contracts';
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

/**
 * GEN-5 (decision 0276): what belongs to the whole company (its name, its settings, its calendar) is
 * changed only by a caller whose scope is the whole company (`communities: ['*']`). A caller assigned to
 * some communities would otherwise change what applies to the others: 403 FORBIDDEN, nothing changes.
 */
export function assertCompanyWideCaller(what: string): void {
  if (!seesAllCommunities(CallContext.actor())) {
    throw new DomainError('FORBIDDEN', `${what}适用于公司所有小区，只能由负责全公司的人员修改`);
  }
}
