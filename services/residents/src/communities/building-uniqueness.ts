import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '@pcs/contracts';
import { buildingKey } from '../units/spoken-address.js';
import { Building } from './building.entity.js';

/**
 * Decision 338: a building's code is unique in its community as people read it — trimmed, without
 * 栋/号楼/座, in upper case (`5`, ` 5`, `5栋` are one building, as for the desk's search) — and so is
 * its name, which is every unit's label. Refused 409 `BUILDING_EXISTS` naming the field. The community's
 * buildings are checked under a transaction-scoped advisory lock, so two creations at once cannot both pass.
 */
export async function assertBuildingUnique(
  em: EntityManager,
  building: { companyId: string; communityId: string; id?: string },
  given: { code?: string; name?: string },
): Promise<void> {
  await em.execute(`select pg_advisory_xact_lock(hashtextextended(?, 338))`, [
    `buildings:${building.companyId}:${building.communityId}`,
  ]);
  const others = (await em.find(Building, { communityId: building.communityId })).filter(
    (b) => b.id !== building.id,
  );
  if (given.code !== undefined) {
    const key = buildingKey(given.code);
    const same = others.find((b) => buildingKey(b.code) === key);
    if (same) throw exists('code', `楼栋编号与已有楼栋“${same.code}”（${same.name}）相同`, same);
  }
  if (given.name !== undefined) {
    const name = given.name.trim();
    const same = others.find((b) => b.name.trim() === name);
    if (same) throw exists('name', `楼栋名称与已有楼栋“${same.code}”（${same.name}）相同`, same);
  }
}

function exists(field: string, message: string, same: Building): DomainError {
  return new DomainError('BUILDING_EXISTS', message, {
    field,
    buildingId: same.id,
    errors: [{ field, message }],
  });
}
