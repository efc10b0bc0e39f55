import type { EntityManager } from '@mikro-orm/postgresql';
import type { Holding } from './billing-run.rules.js';

/**
 * BIL-2: who paid each of these units' charges and when, from residents' occupancy events: its owners,
 * and its tenants whose lease puts the fees on them (decision 0244). The payers of a month's charges,
 * pro rata by day (the billing run, a shared meter's parts, a meter's usage).
 */
export async function payerHoldings(
  em: EntityManager,
  companyId: string,
  unitIds: readonly string[],
): Promise<Map<string, Holding[]>> {
  const holdingsOf = new Map<string, Holding[]>();
  if (unitIds.length === 0) return holdingsOf;
  const payers = await em.execute<
    {
      unit_id: string;
      person_id: string;
      role: string;
      start_date: string | null;
      end_date: string | null;
    }[]
  >(
    `select unit_id, person_id, role, to_char(start_date, 'YYYY-MM-DD') as start_date,
            to_char(end_date, 'YYYY-MM-DD') as end_date
     from occupancy_replica
     where company_id = ? and (role = 'owner' or (role = 'tenant' and pays_fees)) and unit_id in (?)`,
    [companyId, unitIds],
  );
  for (const o of payers) {
    const holdings = holdingsOf.get(o.unit_id) ?? [];
    holdings.push({
      personId: o.person_id,
      ...(o.role === 'tenant' ? { tenant: true } : {}),
      ...(o.start_date ? { startDate: o.start_date } : {}),
      ...(o.end_date ? { endDate: o.end_date } : {}),
    });
    holdingsOf.set(o.unit_id, holdings);
  }
  return holdingsOf;
}
