import type { EntityManager } from '@mikro-orm/postgresql';
import type { OccupancyRole } from '@pcs/contracts';
import { addDays } from '@pcs/work-calendar';
import type { Occupancy } from '../occupancies/occupancy.entity.js';
import { currentOccupancies } from '../units/current-occupancies.js';
import type { MoveOut } from './move-out.entity.js';

/** Who makes a unit occupied: when none of them remains after a move-out, the unit is vacant. */
const LIVING_ROLES: readonly OccupancyRole[] = ['owner', 'tenant', 'household-member'];

/**
 * The owners, tenants and household members still living in the unit the day after `day` (by default
 * the move-out date), other than those who leave (decision 31): occupancies ending on that day are no
 * longer current then.
 */
export async function remainingResidents(
  em: EntityManager,
  m: Pick<MoveOut, 'unitId' | 'moveOutDate' | 'occupancyIds'>,
  day: string = m.moveOutDate,
): Promise<Occupancy[]> {
  return (await currentOccupancies(em, m.unitId, addDays(day, 1))).filter(
    (o) => LIVING_ROLES.includes(o.role) && !m.occupancyIds.includes(o.id),
  );
}

/**
 * Decision 337: the last day anybody lives in the unit once this move-out's occupancies end on its
 * date — the move-out date, or a later end already set on those who remain (a tenant whose move-out
 * was completed ahead of its date) — or `undefined` when someone remains with no end. Whatever order
 * the move-outs complete in, the one that leaves the unit empty knows the day it becomes vacant.
 */
export async function lastResidentDay(
  em: EntityManager,
  m: Pick<MoveOut, 'unitId' | 'moveOutDate' | 'occupancyIds'>,
): Promise<string | undefined> {
  let day = m.moveOutDate;
  for (;;) {
    const remaining = await remainingResidents(em, m, day);
    if (remaining.length === 0) return day;
    const ends = remaining.map((o) => o.endDate);
    if (ends.some((end) => end === undefined || end === null)) return undefined;
    // Each remaining occupancy is current the day after `day`, so its end is later: this terminates.
    day = (ends as string[]).reduce((a, b) => (a > b ? a : b));
  }
}
