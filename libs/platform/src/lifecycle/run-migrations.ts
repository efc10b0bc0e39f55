import { MikroORM } from '@mikro-orm/postgresql';
import type { ServiceEnv } from '../config/service-env.js';
import { createLogger } from '../logging/logger.js';
import { createDatabaseIfMissing, dropDatabaseIfExists } from '../persistence/database-admin.js';
import { newId } from '../ids/new-id.js';
import { migrateUp } from '../persistence/migrate.js';
import { ormOptions } from '../persistence/orm-options.js';
import type { ServiceSpec } from './service-spec.js';
import { readEnv } from './start.js';

/**
 * The migration entry point (`node dist/migrate.js`, run as a Kubernetes Job before a rollout):
 * creates the database when it is missing and the role may, then applies pending migrations.
 */
export async function runMigrations(spec: ServiceSpec, raw: NodeJS.ProcessEnv = process.env): Promise<void> {
  let env: ServiceEnv;
  try {
    env = readEnv(spec.env, spec.developmentEnv, raw);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  const logger = createLogger(`${spec.name}-migrate`, env.LOG_LEVEL);
  try {
    if (raw['CREATE_DATABASE'] !== 'false') await createDatabaseIfMissing(env.DATABASE_URL);
    const orm = await MikroORM.init(
      ormOptions({
        clientUrl: env.DATABASE_URL,
        entities: spec.entities,
        migrations: spec.migrations,
        poolMax: 2,
      }),
    );
    try {
      const applied = await migrateUp(orm, env.DATABASE_URL);
      logger.info({ applied }, applied.length ? 'migrations applied' : 'database is up to date');
    } finally {
      await orm.close();
    }
  } catch (error) {
    logger.error({ err: error }, 'migration failed');
    process.exit(1);
  }
}

/**
 * The SQL that would bring a database migrated to the latest migration in line with the entities:
 * empty when the migrations are complete. Used by tests, and by developers writing the next migration.
 */
export async function schemaDrift(spec: ServiceSpec, databaseUrl: string): Promise<string> {
  const orm = await MikroORM.init(
    ormOptions({ clientUrl: databaseUrl, entities: spec.entities, migrations: spec.migrations, poolMax: 2 }),
  );
  try {
    await migrateUp(orm, databaseUrl);
    return (await orm.schema.getUpdateSchemaSQL({ wrap: false })).trim();
  } finally {
    await orm.close();
  }
}

/**
 * `npm run migration:sql -w @pcs/<service>`: prints the SQL of the next migration, i.e. what a fresh
 * database migrated to the latest migration lacks to match the entities. Uses a scratch database on
 * the server of DATABASE_URL (the machine's by default) and drops it afterwards.
 */
export async function printSchemaDrift(
  spec: ServiceSpec,
  raw: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const env = readEnv(spec.env, spec.developmentEnv, raw);
  const url = new URL(env.DATABASE_URL);
  url.pathname = `/pcs_scratch_${newId().replaceAll('-', '').slice(-12)}`;
  await createDatabaseIfMissing(url.toString());
  try {
    const sql = await schemaDrift(spec, url.toString());
    process.stdout.write(sql ? `${sql}\n` : '-- the migrations match the entities\n');
  } finally {
    await dropDatabaseIfExists(url.toString());
  }
}
