import { describe, expect, it } from '@jest/globals';
import type { EntityManager } from '@mikro-orm/postgresql';
import { analyzeGrownTables } from '@pcs/platform';
import { eventually } from '@pcs/testing';
import { usePlatform } from './support/platform-fixture.js';

describe('analyzeGrownTables: fresh statistics for the tables a bulk write doubled', () => {
  const f = usePlatform();
  const em = (): EntityManager => f.orm.em.fork() as EntityManager;

  /** What the planner believes of the table (-1: never analysed), and the changes the server counted. */
  async function state(table: string) {
    const { rows } = await f.pool.query<{ tuples: number; changes: number }>(
      `select c.reltuples::int as tuples, s.n_mod_since_analyze::int as changes
         from pg_class c join pg_stat_user_tables s on s.relid = c.oid where c.relname = $1`,
      [table],
    );
    return rows[0];
  }
  const insert = (table: string, from: number, count: number) =>
    f.pool.query(`insert into ${table} (n) select i from generate_series($1::int, $1::int + $2::int - 1) i`, [
      from,
      count,
    ]);

  it('analyses a table once the rows changed since its statistics reach the rows it held then, and not before', async () => {
    await f.pool.query('create table grown (n int)');
    await f.pool.query('create table steady (n int)');
    await f.pool.query('analyze grown, steady');
    await insert('grown', 1, 2_000);
    await insert('steady', 1, 10);

    // The server counts changes within about a second of the commit; until then nothing is analysed.
    await eventually(async () => expect((await state('grown'))?.changes).toBe(2_000), 30_000, 100);
    await eventually(async () => expect((await state('steady'))?.changes).toBe(10), 30_000, 100);
    // `steady` changed by fewer rows than the minimum: left to autovacuum.
    expect(await analyzeGrownTables(em(), ['grown', 'steady', 'absent_table'])).toEqual(['grown']);
    expect(await state('grown')).toEqual({ tuples: 2_000, changes: 0 });
    expect((await state('steady'))?.changes).toBe(10);

    // 1,500 more rows on 2,000: not yet doubled.
    await insert('grown', 3_001, 1_500);
    await eventually(async () => expect((await state('grown'))?.changes).toBe(1_500), 30_000, 100);
    expect(await analyzeGrownTables(em(), ['grown'])).toEqual([]);
    await insert('grown', 5_001, 500);
    await eventually(async () => expect((await state('grown'))?.changes).toBe(2_000), 30_000, 100);
    expect(await analyzeGrownTables(em(), ['grown'])).toEqual(['grown']);
    expect(await state('grown')).toEqual({ tuples: 4_000, changes: 0 });

    // A smaller minimum lets a small table's growth count.
    expect(await analyzeGrownTables(em(), ['steady'], 10)).toEqual(['steady']);
  });

  it('refuses a table name that is not a plain SQL name, before reading anything', async () => {
    await expect(analyzeGrownTables(em(), ['grown; drop table grown'])).rejects.toThrow(
      /not a plain SQL name/,
    );
  });
});
