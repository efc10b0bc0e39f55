import type { EntityManager } from '@mikro-orm/postgresql';
import { canAccessCommunity, DomainError, type Actor } from '@pcs/contracts';
import { knownCommunity } from '@pcs/platform';

/** What a registration needs to know of the community, the unit and the resident it names. */
export interface RegistrationRefs {
  timeZone: string;
  /** The unit's building, when a unit is named (CMP-11, DESK-2). */
  buildingId?: string;
}

interface RefsRow {
  time_zone: string;
  unit_company_id: string | null;
  unit_community_id: string | null;
  unit_building_id: string | null;
  person_community_id: string | null;
}

/**
 * CMP-1, GEN-5 (decisions 0194, 0217): the community must be one residents announced and the caller
 * sees; a named unit and resident must be ones residents announced in that community. All from the
 * replicas, in the one read that gives the community's time zone: an entry that names neither sends
 * exactly the statement it always did (bench S1), one that names them sends no more statements.
 */
export async function registrationRefs(
  em: EntityManager,
  actor: Actor,
  communityId: string,
  unitId: string | undefined,
  personId: string | undefined,
): Promise<RegistrationRefs> {
  if (unitId === undefined && personId === undefined) {
    return { timeZone: (await knownCommunity(em, actor, communityId)).timeZone };
  }
  if (!canAccessCommunity(actor, communityId)) throw DomainError.notFound('COMMUNITY_NOT_FOUND');
  const [row] = await em.execute<RefsRow[]>(
    `select c.time_zone, u.company_id as unit_company_id, u.community_id as unit_community_id,
            u.building_id as unit_building_id, p.community_id as person_community_id
       from community_replica c
       left join unit_replica u on u.unit_id = ?
       left join person_replica p on p.company_id = c.company_id and p.person_id = ?
      where c.company_id = ? and c.community_id = ?`,
    [unitId ?? null, personId ?? null, actor.companyId, communityId],
  );
  if (!row) throw DomainError.notFound('COMMUNITY_NOT_FOUND');
  if (unitId !== undefined) {
    if (row.unit_company_id === null) {
      throw new DomainError('UNIT_NOT_FOUND', '房屋不存在', {
        errors: [{ field: 'unitId', message: 'unitId is not a unit residents have on file' }],
      });
    }
    if (row.unit_company_id !== actor.companyId || row.unit_community_id !== communityId) {
      throw DomainError.validation([{ field: 'unitId', message: 'unitId is not a unit of this community' }]);
    }
  }
  if (personId !== undefined) {
    if (row.person_community_id === null) {
      throw new DomainError('PERSON_NOT_FOUND', '人员档案不存在', {
        errors: [{ field: 'personId', message: 'personId is not a resident residents have on file' }],
      });
    }
    if (row.person_community_id !== communityId) {
      throw DomainError.validation([
        { field: 'personId', message: 'personId is not a resident of this community' },
      ]);
    }
  }
  return { timeZone: row.time_zone, ...(row.unit_building_id ? { buildingId: row.unit_building_id } : {}) };
}
