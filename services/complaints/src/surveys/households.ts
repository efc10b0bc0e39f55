import type { EntityManager } from '@mikro-orm/postgresql';
import type { Household } from './survey-sample.js';

/**
 * SAT-1, SAT-2: a community's households (its units but parking spaces) and the occupied ones, from
 * the replicas of residents' events (decision 0140), never from the residents database.
 */
export async function communityHouseholds(
  em: EntityManager,
  companyId: string,
  communityId: string,
): Promise<{ households: number; occupied: Household[] }> {
  const rows: { unit_id: string; label: string; occupied: boolean | null }[] = await em.execute(
    `select u.unit_id, u.label, s.occupied
       from unit_replica u left join unit_status_replica s on s.unit_id = u.unit_id
      where u.company_id = ? and u.community_id = ? and coalesce(u.type, '') <> 'parking'`,
    [companyId, communityId],
  );
  return {
    households: rows.length,
    occupied: rows.filter((r) => r.occupied === true).map((r) => ({ unitId: r.unit_id, label: r.label })),
  };
}
