import type { EntityManager } from '@mikro-orm/postgresql';
import type { Holding } from './billing-run.rules.js';

/**
 * BIL-2: who owned each of these units and when, from residents' occupancy events: the payers of a
 * month's charges, pro rata by day (the billing run, a shared meter's parts).
 */
export async function ownerHoldings(
  em: EntityManager,
  companyId: string,
  unitIds: readonly string[],
): Promise<Map<string, Holding[]>> {
  const holdingsOf = new Map<string, Holding[]>();
  if (unitIds.length === 0) return holdingsOf;
  const owners = await em.execute<
    { unit_id: string; person_id: string; start_date: string | null; end_date: string | null }[]
  >(
    `select unit_id, person_id, to_char(start_date, 'YYYY-MM-DD') as start_date,
            to_char(end_date, 'YYYY-MM-DD') as end_date
     from occupancy_replica where company_id = ? and role = 'owner' and unit_id in (?)`,
    [companyId, unitIds],
  );
  for (const o of owners) {
    const holdings = holdingsOf.get(o.unit_id) ?? [];
    holdings.push({
      personId: o.person_id,
      ...(o.start_date ? { startDate: o.start_date } : {}),
      ...(o.end_date ? { endDate: o.end_date } : {}),
    });
    holdingsOf.set(o.unit_id, holdings);
  }
  return holdingsOf;
}
