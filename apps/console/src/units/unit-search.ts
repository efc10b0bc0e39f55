import type { ApiSchema } from '@pcs/api-client';

type UnitView = ApiSchema<'UnitView'>;

export interface UnitFilters {
  communityId?: string;
  status?: UnitView['status'];
  address?: string;
}

/** Said on 小区 while a 房号 waits for its community. */
export const COMMUNITY_FOR_ADDRESS = '按房号查询请先选择小区';

/**
 * DESK-3, decisions 0285 and 0355: a unit is found by its 房号 only within a community (the API refuses an
 * address without `communityId`). The query the page sends, or none while a 房号 waits for its
 * 小区: then nothing is sent and no earlier list stays on screen. A caller who works in one community
 * only searches that one.
 */
export function unitSearchQuery(
  filters: UnitFilters,
  communities: readonly string[],
): { query: UnitFilters } | { awaitsCommunity: true } {
  if (!filters.address || filters.communityId) return { query: filters };
  const [only] = communities;
  return communities.length === 1 && only !== undefined && only !== '*'
    ? { query: { ...filters, communityId: only } }
    : { awaitsCommunity: true };
}
