import type { EntityManager } from '@mikro-orm/postgresql';
import { CompiledQuery, type Kysely } from 'kysely';

/** The PostgreSQL types a column's values can be sent as. */
export type ColumnType =
  'uuid' | 'text' | 'integer' | 'bigint' | 'boolean' | 'timestamptz' | 'date' | 'jsonb';

const COLUMN_TYPES: ReadonlySet<string> = new Set<ColumnType>([
  'uuid',
  'text',
  'integer',
  'bigint',
  'boolean',
  'timestamptz',
  'date',
  'jsonb',
]);
const NAME = /^[a-z_][a-z0-9_]*$/;

/**
 * Inserts many rows in one statement whose text does not depend on their number: each column's values
 * go as one array parameter, unnested in the rows' order (so a serial or sequence default follows it,
 * and the rows' locks are taken in it). `tail` follows the insert: `on conflict ...`, `returning ...`.
 *
 * For batches (a billing run's chunk, a backlog of events). MikroORM's `em.execute` and unit of work
 * write a batch as one `values (...), (...)` list with every value escaped into the SQL text: on our
 * machines that took twice the database time of this statement, and the client a third of a billing
 * run's CPU to build (bench S5). Runs in the entity manager's transaction when it has one.
 *
 * `columns` maps each column to its type, in the order of each row's values; `undefined` and `null`
 * are NULL; a jsonb value is given as its JSON text; a Date goes as a timestamp, a bigint as its digits.
 */
export async function insertRows<R = Record<string, unknown>>(
  em: EntityManager,
  table: string,
  columns: Readonly<Record<string, ColumnType>>,
  rows: readonly (readonly unknown[])[],
  tail = '',
): Promise<R[]> {
  if (rows.length === 0) return [];
  const { sql, params } = insertStatement({ table, columns, rows, tail }, 0);
  return queryRows<R>(em, sql, params);
}

/** One table's rows for `insertRowsTogether`, as `insertRows` takes them. */
export interface RowsOf {
  table: string;
  columns: Readonly<Record<string, ColumnType>>;
  rows: readonly (readonly unknown[])[];
}

/**
 * The rows of several tables in one statement (each insert but the last a data-modifying `with`
 * clause): one round trip where `insertRows` per table would make one each, for writes that hold a
 * lock every other writer waits on (a payment's ledger movement, taken while the community's receipt
 * counter is held: bench S9). The inserts must not read each other's rows: they share one snapshot.
 */
export async function insertRowsTogether(em: EntityManager, batches: readonly RowsOf[]): Promise<void> {
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const batch of batches.filter((b) => b.rows.length > 0)) {
    const part = insertStatement({ ...batch, tail: '' }, params.length);
    parts.push(part.sql);
    params.push(...part.params);
  }
  const last = parts.pop();
  if (last === undefined) return;
  const sql = parts.length ? `with ${parts.map((p, i) => `w${i} as (${p})`).join(', ')} ${last}` : last;
  await queryRows(em, sql, params);
}

/** `insert … select … from unnest($n…)` for the rows, its parameters numbered after `offset`. */
function insertStatement(
  { table, columns, rows, tail }: RowsOf & { tail: string },
  offset: number,
): { sql: string; params: unknown[] } {
  const names = Object.keys(columns);
  for (const name of [table, ...names])
    if (!NAME.test(name)) throw new Error(`insertRows: ${name} is not a plain SQL name`);
  for (const name of names)
    if (!COLUMN_TYPES.has(columns[name] as string))
      throw new Error(`insertRows: column ${name} has no known type`);
  const misfit = rows.find((row) => row.length !== names.length);
  if (misfit)
    throw new Error(`insertRows: a row of ${table} has ${misfit.length} values for ${names.length} columns`);
  const list = names.join(', ');
  const sql =
    `insert into ${table} (${list}) select ${list} from unnest(` +
    names.map((name, i) => `$${offset + i + 1}::${columns[name]}[]`).join(', ') +
    `) with ordinality as r(${list}, row_order) order by row_order ${tail}`;
  return { sql, params: names.map((_, column) => rows.map((row) => row[column] ?? null)) };
}

/**
 * Runs `sql` with `$1`, `$2`... bound to `params` (an array goes as a PostgreSQL array: `= any($1)`),
 * in the entity manager's transaction when it has one. `em.execute` escapes every value into the SQL
 * text instead, which for a batch's hundreds of keys costs more than the query (bench S5).
 */
export async function queryRows<R = Record<string, unknown>>(
  em: EntityManager,
  sql: string,
  params: readonly unknown[],
): Promise<R[]> {
  const executor = em.getTransactionContext<Kysely<unknown>>() ?? em.getConnection().getClient<unknown>();
  const result = await executor.executeQuery<R>(CompiledQuery.raw(sql, [...params]));
  return [...result.rows];
}
