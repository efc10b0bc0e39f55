import { Filter } from '@mikro-orm/decorators/legacy';
import type { Dictionary, EntityClass, FilterDef } from '@mikro-orm/core';
import { seesAllCommunities, type Actor } from '@pcs/contracts';

export const TENANT_FILTER = 'tenant';

export interface TenantFilterArgs {
  companyId: string;
  /** Absent for company-wide roles. */
  communityIds?: string[];
}

export function tenantArgsOf(actor: Actor): TenantFilterArgs {
  return seesAllCommunities(actor)
    ? { companyId: actor.companyId }
    : { companyId: actor.companyId, communityIds: actor.communities };
}

/**
 * GEN-5 at the data layer: every query of the entity is limited to the caller's company and
 * communities. The filter is on by default and has no default arguments, so a query made without a
 * caller fails loudly instead of returning everyone's rows.
 */
export function CommunityScoped<T extends EntityClass<unknown>>(
  options: { communityProperty?: string } = {},
): (target: T) => void {
  // The community table itself is scoped by its own id.
  const community = options.communityProperty ?? 'communityId';
  return Filter<T>({
    name: TENANT_FILTER,
    default: true,
    cond: ((args: Dictionary) => {
      const { companyId, communityIds } = args as TenantFilterArgs;
      return communityIds ? { companyId, [community]: { $in: communityIds } } : { companyId };
    }) as FilterDef<T>['cond'],
  });
}

/** Like CommunityScoped, for records that belong to a company but to no single community. */
export function CompanyScoped<T extends EntityClass<unknown>>(): (target: T) => void {
  return Filter<T>({
    name: TENANT_FILTER,
    default: true,
    cond: ((args: Dictionary) => ({
      companyId: (args as TenantFilterArgs).companyId,
    })) as FilterDef<T>['cond'],
  });
}
