import { MikroORM } from '@mikro-orm/postgresql';
import {
  Migration20261122000000_PlatformTables,
  Migration20261124000000_RecordHistory,
  Migration20261202000000_PlatformHardening,
  migrateUp,
  ormOptions,
} from '@pcs/platform';
import { createTestDatabase, type TestDatabase } from '@pcs/testing';
import pg from 'pg';

/**
 * A fresh database with the platform's tables and the two tables the reliability tests use: the
 * business rows that produce events, and the effects a consumer applies (deliberately without a
 * unique key, so an effect applied twice would show up as two rows).
 */
export async function createPlatformDatabase(): Promise<{
  database: TestDatabase;
  orm: MikroORM;
  pool: pg.Pool;
}> {
  const database = await createTestDatabase();
  const orm = await MikroORM.init(
    ormOptions({
      clientUrl: database.url,
      entities: [],
      migrations: [
        Migration20261122000000_PlatformTables,
        Migration20261124000000_RecordHistory,
        Migration20261202000000_PlatformHardening,
      ],
      poolMax: 8,
    }),
  );
  await migrateUp(orm, database.url);
  const pool = new pg.Pool({ connectionString: database.url, max: 8 });
  // The outage tests break connections on purpose; an idle client's error is expected there.
  pool.on('error', () => undefined);
  await pool.query(
    'create table business_row (id text primary key, created_at timestamptz not null default now())',
  );
  await pool.query('create table effect (event_id text not null, consumer text not null, n int not null)');
  return { database, orm, pool };
}

export function envelope(id: string, n: number, subject = `agg-${n}`): Record<string, unknown> {
  return {
    specversion: '1.0',
    id,
    source: 'reliability-test',
    type: 'thing.happened.v1',
    time: new Date().toISOString(),
    subject,
    datacontenttype: 'application/json',
    companyid: 'HRX',
    correlationid: `corr-${n}`,
    data: { n },
  };
}

/** Inserts a business row and its event in one transaction, as a service does. */
export async function produce(pool: pg.Pool, id: string, n: number, aggregateId = `agg-${n}`): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query('insert into business_row (id) values ($1)', [id]);
    await client.query(
      `insert into outbox_message (id, subject, aggregate_id, envelope) values ($1, 'things.events.thing.happened', $2, $3)`,
      [id, aggregateId, envelope(id, n, aggregateId)],
    );
    await client.query('commit');
  } finally {
    client.release();
  }
}
