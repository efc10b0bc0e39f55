import type { EntityManager } from '@mikro-orm/postgresql';
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

/** Today in Asia/Shanghai as `YYYY-MM-DD`. */
export function today(timeZone = 'Asia/Shanghai'): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
}
