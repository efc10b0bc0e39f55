import type { EntityManager } from '@mikro-orm/postgresql';
import { CallContext, knownCommunity } from '@pcs/platform';

/**
 * GEN-5: the community a list is filtered by, as the caller may see it: one outside the caller's
 * scope or one residents never announced is 404 COMMUNITY_NOT_FOUND, as for every other
 * community-scoped read (decisions 0138, 0302), so a mistyped code is not an empty queue.
 */
export async function listedCommunity(em: EntityManager, communityId: string): Promise<string> {
  return (await knownCommunity(em, CallContext.actor(), communityId)).communityId;
}
