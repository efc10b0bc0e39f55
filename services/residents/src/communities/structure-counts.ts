import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * How many buildings or units each community (or building) has, in one grouped query for a whole
 * page. The keys come from records the caller could already see, and the company is named explicitly,
 * because the tenant filter does not reach raw SQL.
 */
export async function countByKey(
  em: EntityManager,
  of: { table: 'building' | 'unit'; key: 'community_id' | 'building_id' },
  companyId: string,
  keys: readonly string[],
): Promise<Map<string, number>> {
  if (keys.length === 0) return new Map();
  const rows = await em.execute<{ key: string; n: number }[]>(
    `select ${of.key} as key, count(*)::int as n from ${of.table}
      where company_id = ? and ${of.key} in (?) group by ${of.key}`,
    [companyId, [...keys]],
  );
  return new Map(rows.map((r) => [String(r.key), r.n]));
}
