import type { EntityManager } from '@mikro-orm/postgresql';
import type { OccupancyRole } from '@pcs/contracts';
import { addDays } from '@pcs/work-calendar';
import type { Occupancy } from '../occupancies/occupancy.entity.js';
import { currentOccupancies } from '../units/current-occupancies.js';
import type { MoveOut } from './move-out.entity.js';

/** Who makes a unit occupied: when none of them remains after a move-out, the unit is vacant. */
const LIVING_ROLES: readonly OccupancyRole[] = ['owner', 'tenant', 'household-member'];

/**
 * The owners, tenants and household members still living in the unit the day after the move-out date,
 * other than those who leave (decision 31): occupancies ending on that date are no longer current then.
 */
export async function remainingResidents(
  em: EntityManager,
  m: Pick<MoveOut, 'unitId' | 'moveOutDate' | 'occupancyIds'>,
): Promise<Occupancy[]> {
  return (await currentOccupancies(em, m.unitId, addDays(m.moveOutDate, 1))).filter(
    (o) => LIVING_ROLES.includes(o.role) && !m.occupancyIds.includes(o.id),
  );
}
