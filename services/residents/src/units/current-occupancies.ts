import type { EntityManager } from '@mikro-orm/postgresql';
import { localDateOf } from '@pcs/work-calendar';
import { Occupancy } from '../occupancies/occupancy.entity.js';

/** The occupancies of a unit current on a day (default today): started, and not ended before it. */
export async function currentOccupancies(
  em: EntityManager,
  unitId: string,
  on: string = today(),
): Promise<Occupancy[]> {
  return em.find(
    Occupancy,
    { unitId, startDate: { $lte: on }, $or: [{ endDate: null }, { endDate: { $gte: on } }] },
    { orderBy: { startDate: 'asc', createdAt: 'asc' } },
  );
}

/** Today in a community's time zone (Asia/Shanghai when it has none) as `YYYY-MM-DD`. */
export function today(timeZone?: string): string {
  return localDateOf(new Date(), timeZone);
}
