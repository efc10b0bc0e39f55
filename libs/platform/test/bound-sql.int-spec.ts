import { beforeAll, describe, expect, it } from '@jest/globals';
import type { EntityManager } from '@mikro-orm/postgresql';
import { insertRows, insertRowsTogether, queryRows, type ColumnType } from '@pcs/platform';
import { usePlatform } from './support/platform-fixture.js';

describe('insertRows and queryRows (values bound as parameters, never in the SQL text)', () => {
  const f = usePlatform();
  const em = (): EntityManager => f.orm.em.fork() as EntityManager;
  const columns: Record<string, ColumnType> = {
    id: 'uuid',
    label: 'text',
    n: 'integer',
    fen: 'bigint',
    flag: 'boolean',
    at: 'timestamptz',
    day: 'date',
    doc: 'jsonb',
  };

  beforeAll(async () => {
    await f.pool.query(`create table sample (seq bigserial, id uuid primary key, label text, n integer,
      fen bigint, flag boolean, at timestamptz, day date, doc jsonb)`);
  });

  const id = (n: number) => `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`;

  it('writes every type as given, NULLs included, and text that SQL or an array literal would mangle', async () => {
    const awkward = `它's "quoted", \\back\\slashed, {braced}, NULL, 'x'); drop table sample; --`;
    const at = new Date('2026-12-31T16:30:00.123Z');
    await em().transactional((tx) =>
      insertRows(tx, 'sample', columns, [
        [
          id(1),
          awkward,
          2_147_483_647,
          9_007_199_254_740_993n,
          true,
          at,
          '2026-02-28',
          JSON.stringify({ a: awkward }),
        ],
        [id(2), null, undefined, null, false, null, null, null],
        [id(3), '', -1, -12n, null, at, '2027-01-01', '[1,"二"]'],
      ]),
    );
    const { rows } = await f.pool.query(
      `select id, label, n, fen::text, flag, at, to_char(day, 'YYYY-MM-DD') as day, doc from sample order by seq`,
    );
    expect(rows).toEqual([
      {
        id: id(1),
        label: awkward,
        n: 2_147_483_647,
        fen: '9007199254740993',
        flag: true,
        at,
        day: '2026-02-28',
        doc: { a: awkward },
      },
      { id: id(2), label: null, n: null, fen: null, flag: false, at: null, day: null, doc: null },
      { id: id(3), label: '', n: -1, fen: '-12', flag: null, at, day: '2027-01-01', doc: [1, '二'] },
    ]);
  });

  it("inserts in the rows' order (a serial default follows it) and passes the tail through", async () => {
    const rows = Array.from({ length: 500 }, (_, i) => [id(1000 + ((i * 7919) % 500)), `row ${i}`]);
    const returned = await em().transactional((tx) =>
      insertRows<{ id: string }>(tx, 'sample', { id: 'uuid', label: 'text' }, rows, 'returning id'),
    );
    expect(returned.map((r) => r.id)).toEqual(rows.map((r) => r[0]));
    const { rows: stored } = await f.pool.query<{ label: string }>(
      `select label from sample where label like 'row %' order by seq`,
    );
    expect(stored.map((r) => r.label)).toEqual(rows.map((r) => r[1]));
    // The same ids again: the conflict clause decides, and only the new row is returned.
    const again = await em().transactional((tx) =>
      insertRows<{ id: string }>(
        tx,
        'sample',
        { id: 'uuid', label: 'text' },
        [rows[0]!, [id(9999), 'new']],
        'on conflict (id) do nothing returning id',
      ),
    );
    expect(again).toEqual([{ id: id(9999) }]);
  });

  it("writes in the caller's transaction: a rollback keeps none of it", async () => {
    const before = (await f.pool.query('select count(*)::int as n from sample')).rows[0].n;
    await expect(
      em().transactional(async (tx) => {
        await insertRows(tx, 'sample', { id: 'uuid' }, [[id(5000)], [id(5001)]]);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect((await f.pool.query('select count(*)::int as n from sample')).rows[0].n).toBe(before);
  });

  it('does nothing for no rows, and refuses a misshapen call before it reaches the database', async () => {
    await expect(insertRows(em(), 'sample', { id: 'uuid' }, [])).resolves.toEqual([]);
    await expect(insertRows(em(), 'sample', { id: 'uuid', label: 'text' }, [[id(6000)]])).rejects.toThrow(
      /a row of sample has 1 values for 2 columns/,
    );
    await expect(insertRows(em(), 'sample; drop table sample', { id: 'uuid' }, [[id(6001)]])).rejects.toThrow(
      /not a plain SQL name/,
    );
    await expect(
      insertRows(em(), 'sample', { id: 'uuid', label: 'text); drop' as ColumnType }, [[id(6002), 'x']]),
    ).rejects.toThrow(/column label has no known type/);
    expect(
      (await f.pool.query(`select count(*)::int as n from sample where id::text like '%600_'`)).rows[0].n,
    ).toBe(0);
  });

  it('queryRows binds scalars and arrays, in the transaction it is given', async () => {
    const label = `it's "a" \\ label`;
    const rows = await em().transactional(async (tx) => {
      await insertRows(tx, 'sample', { id: 'uuid', label: 'text' }, [[id(7000), label]]);
      // Not committed yet: only the transaction's own statements can see the row.
      return queryRows<{ id: string; label: string }>(
        tx,
        'select id, label from sample where label = $1 and id = any($2::uuid[])',
        [label, [id(7000), id(7001)]],
      );
    });
    expect(rows).toEqual([{ id: id(7000), label }]);
    await expect(queryRows(em(), 'select $1::int as n', ['not a number'])).rejects.toThrow(/integer/);
  });

  it('insertRowsTogether writes several tables in one statement, skipping empty batches, all or nothing', async () => {
    await f.pool.query('create table sample_line (id uuid primary key, sample_id uuid, fen bigint)');
    await em().transactional((tx) =>
      insertRowsTogether(tx, [
        { table: 'sample', columns: { id: 'uuid', label: 'text' }, rows: [[id(8000), 'together']] },
        { table: 'sample_line', columns: { id: 'uuid', sample_id: 'uuid', fen: 'bigint' }, rows: [] },
        {
          table: 'sample_line',
          columns: { id: 'uuid', sample_id: 'uuid', fen: 'bigint' },
          rows: [
            [id(8001), id(8000), 100n],
            [id(8002), id(8000), -100n],
          ],
        },
      ]),
    );
    expect((await f.pool.query(`select label from sample where id = $1`, [id(8000)])).rows).toEqual([
      { label: 'together' },
    ]);
    expect((await f.pool.query(`select id, fen::text from sample_line order by id`)).rows).toEqual([
      { id: id(8001), fen: '100' },
      { id: id(8002), fen: '-100' },
    ]);
    // A conflict in the last insert undoes the first: one statement.
    await expect(
      em().transactional((tx) =>
        insertRowsTogether(tx, [
          { table: 'sample', columns: { id: 'uuid', label: 'text' }, rows: [[id(8003), 'lost']] },
          { table: 'sample_line', columns: { id: 'uuid' }, rows: [[id(8001)]] },
        ]),
      ),
    ).rejects.toThrow(/duplicate key/);
    expect(
      (await f.pool.query(`select count(*)::int as n from sample where id = $1`, [id(8003)])).rows[0].n,
    ).toBe(0);
    await expect(insertRowsTogether(em(), [])).resolves.toBeUndefined();
  });
});
