import type { MikroORM } from '@mikro-orm/core';
import pg from 'pg';

/**
 * Applies pending migrations under a PostgreSQL advisory lock, so that two processes starting at once
 * (replicas, a migration Job and a developer) never run them concurrently; MikroORM takes no lock itself.
 */
export async function migrateUp(orm: MikroORM, databaseUrl: string): Promise<string[]> {
  const lock = new pg.Client({ connectionString: databaseUrl });
  await lock.connect();
  try {
    await lock.query(`select pg_advisory_lock(hashtext('pcs:migrations'))`);
    const applied = await orm.migrator.up();
    return applied.map((m) => m.name);
  } finally {
    await lock.query(`select pg_advisory_unlock(hashtext('pcs:migrations'))`).catch(() => undefined);
    await lock.end();
  }
}
