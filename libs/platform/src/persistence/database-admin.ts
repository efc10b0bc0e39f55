import pg from 'pg';

/** Splits `postgres://u@h:5432/db?x` into the database name and a URL of the server's `postgres` database. */
export function parseDatabaseUrl(url: string): { database: string; serverUrl: string } {
  const parsed = new URL(url);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!database) throw new Error('the database URL names no database');
  parsed.pathname = '/postgres';
  return { database, serverUrl: parsed.toString() };
}

/** Creates the database a URL names when it does not exist yet (safe when several processes race). */
export async function createDatabaseIfMissing(url: string): Promise<boolean> {
  const { database, serverUrl } = parseDatabaseUrl(url);
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (rowCount) return false;
    await client.query(`create database ${pg.escapeIdentifier(database)}`);
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === '42P04') return false; // created meanwhile
    throw error;
  } finally {
    await client.end();
  }
}

export async function dropDatabaseIfExists(url: string): Promise<void> {
  const { database, serverUrl } = parseDatabaseUrl(url);
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists ${pg.escapeIdentifier(database)} with (force)`);
  } finally {
    await client.end();
  }
}
