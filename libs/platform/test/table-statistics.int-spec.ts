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

  it('does not wait behind a long hold of the table (a vacuum against wraparound): it gives up with a lock timeout', async () => {
    await f.pool.query('create table held (n int)');
    await f.pool.query('analyze held');
    await insert('held', 1, 1_000);
    await eventually(async () => expect((await state('held'))?.changes).toBe(1_000), 30_000, 100);
    const holder = await f.pool.connect();
    try {
      await holder.query('begin');
      // The lock a VACUUM holds, which ANALYZE must wait for.
      await holder.query('lock table held in share update exclusive mode');
      await expect(analyzeGrownTables(em(), ['held'])).rejects.toMatchObject({ code: '55P03' });
    } finally {
      await holder.query('rollback');
      holder.release();
    }
    expect(await analyzeGrownTables(em(), ['held'])).toEqual(['held']);
  });

  it('leaves alone a table the role may not analyse (a runtime role that is not the owner), instead of trying every time', async () => {
    await f.pool.query('create table not_ours (n int)');
    await f.pool.query('analyze not_ours');
    await insert('not_ours', 1, 1_000);
    await eventually(async () => expect((await state('not_ours'))?.changes).toBe(1_000), 30_000, 100);
    await f.pool.query(
      `do $$ begin create role statistics_runtime nologin; exception when duplicate_object then null; end $$`,
    );
    await f.pool.query('grant select, insert, update, delete on not_ours to statistics_runtime');
    const asRuntime = await em().transactional(async (tx) => {
      await tx.execute('set local role statistics_runtime');
      return analyzeGrownTables(tx, ['not_ours']);
    });
    expect(asRuntime).toEqual([]);
    expect((await state('not_ours'))?.changes).toBe(1_000);
    // Its owner may.
    expect(await analyzeGrownTables(em(), ['not_ours'])).toEqual(['not_ours']);
  });

  it('refuses a table name that is not a plain SQL name, before reading anything', async () => {
    await expect(analyzeGrownTables(em(), ['grown; drop table grown'])).rejects.toThrow(
      /not a plain SQL name/,
    );
  });
});
