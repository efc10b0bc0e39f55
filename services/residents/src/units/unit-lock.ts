import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '@pcs/contracts';
import { lockRecord } from '@pcs/platform';
import { Unit } from './unit.entity.js';

/** The unit as the caller sees it; outside their company or communities it does not exist (GEN-5). */
export async function findUnit(em: EntityManager, unitId: string): Promise<Unit> {
  const unit = await em.findOne(Unit, { id: unitId });
  if (!unit) throw DomainError.notFound('UNIT_NOT_FOUND');
  return unit;
}

/**
 * The unit, locked for the rest of the transaction: procedures on one unit (move-in, move-out,
 * decoration works) queue on it. A procedure locks its own record before the unit, never after
 * (decision 0032), so that two of them cannot wait for each other.
 */
export function lockUnit(em: EntityManager, unitId: string): Promise<Unit> {
  return lockRecord(em, Unit, unitId, 'UNIT_NOT_FOUND');
}
