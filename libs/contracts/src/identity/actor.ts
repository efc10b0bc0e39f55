import { ALL_COMMUNITIES, type CommunityId, type CompanyId } from '../common/ids.js';
import type { Role } from './role.js';

/**
 * Who is acting: a staff member (from a verified token at the gateway) or a service acting on its
 * own behalf (`sub` starting with `service:`). Carried with every command and into every event.
 */
export interface Actor {
  /** Staff id, or `service:<name>`. */
  sub: string;
  name: string;
  companyId: CompanyId;
  roles: Role[];
  /** Community ids the actor may see, or `['*']` for every community of the company (GEN-5). */
  communities: CommunityId[];
}

export function seesAllCommunities(actor: Pick<Actor, 'communities'>): boolean {
  return actor.communities.includes(ALL_COMMUNITIES);
}

/** GEN-5: may this actor see or change records of that community? */
export function canAccessCommunity(actor: Pick<Actor, 'communities'>, communityId: CommunityId): boolean {
  return seesAllCommunities(actor) || actor.communities.includes(communityId);
}

export function hasAnyRole(actor: Pick<Actor, 'roles'>, roles: readonly Role[]): boolean {
  return actor.roles.some((r) => roles.includes(r));
}
