/*
 * Baseline for S5: COPY of exactly the rows a billing run wrote, into the same tables (same columns,
 * keys and indexes: the service's own migrations) of a scratch database, in one transaction.
 * argv: <database url> <directory> <table>…; each table's rows are in <directory>/<table>.copy, as the
 * server's `COPY … TO` wrote them. The server reads the files itself (COPY … FROM '<file>'): the
 * physical floor of writing these rows, with no client in the way. Prints `{"ms":…,"rows":…}`, then exits when stdin closes.
 */
import path from 'node:path';
import pg from 'pg';

const [url, directory, ...tables] = process.argv.slice(2);
const db = new pg.Client({ connectionString: url });
await db.connect();
const started = process.hrtime.bigint();
let rows = 0;
await db.query('begin');
for (const table of tables) {
  const result = await db.query(`copy "${table}" from '${path.join(directory, `${table}.copy`)}'`);
  rows += result.rowCount;
}
await db.query('commit');
const ms = Number(process.hrtime.bigint() - started) / 1e6;
await db.end();
process.stdout.write(`${JSON.stringify({ ms, rows })}\n`);
// Stays until stdin closes, so the bench can read its peak RSS.
process.stdin.resume();
process.stdin.once('end', () => process.exit(0));
