import type { EntityManager } from '@mikro-orm/postgresql';
import { queryRows } from './bound-sql.js';

const NAME = /^[a-z_][a-z0-9_]*$/;

/**
 * Gathers fresh planner statistics (ANALYZE) for those of `tables` that have changed by at least as
 * many rows as they held when their statistics were last gathered, and by at least `minimumChanges`:
 * the tables a bulk write has doubled. Only tables the role may analyse are considered. Returns the
 * tables analysed.
 *
 * For bulk writers (a billing run's chunks) to call as they go. Autovacuum looks at a database at most
 * once a minute, and a billing run of a new 100,000-unit community fills its tables from nothing in
 * less: with statistics of near-empty tables PostgreSQL looked the run's accounts and bills up by
 * company alone, reading every row written so far for each chunk, so the run's cost grew with the
 * square of its size (bench S5). Doubling keeps the work to a few ANALYZEs per table per run, each
 * reading a fixed sample, and leaves steady-state tables to autovacuum.
 */
export async function analyzeGrownTables(
  em: EntityManager,
  tables: readonly string[],
  minimumChanges = 1_000,
): Promise<string[]> {
  for (const table of tables)
    if (!NAME.test(table)) throw new Error(`analyzeGrownTables: ${table} is not a plain SQL name`);
  const grown = await queryRows<{ name: string }>(
    em,
    `select s.relname as name
       from pg_stat_user_tables s join pg_class c on c.oid = s.relid
      where s.schemaname = current_schema() and s.relname = any($1::text[])
        and s.n_mod_since_analyze >= greatest($2::bigint, c.reltuples::bigint)
        -- Only tables this role may analyse (ANALYZE skips the others with a warning, every chunk):
        -- its own, or on PostgreSQL 17 and later those it holds MAINTAIN on.
        and case when current_setting('server_version_num')::int >= 170000
                 then has_table_privilege(c.oid, 'MAINTAIN')
                 else pg_has_role(c.relowner, 'MEMBER') end
      order by s.relname`,
    [tables, minimumChanges],
  );
  const names = grown.map((row) => row.name);
  if (names.length === 0) return names;
  // A table being vacuumed against wraparound holds its lock for as long as that takes: the writer
  // goes on without fresh statistics (the error is its caller's to log) rather than wait.
  await em.transactional(async (tx) => {
    await queryRows(tx, `set local lock_timeout = '2s'`, []);
    await queryRows(tx, `analyze ${names.join(', ')}`, []);
  });
  return names;
}
