import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import type { Options } from '@mikro-orm/postgresql';
import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import { PLATFORM_ENTITIES } from './platform-entities.js';
import { PlatformPostgreSqlDriver } from './postgres-driver.js';

export interface OrmSettings {
  clientUrl: string;
  /** The service's own entities; the platform's are added. */
  entities: readonly Constructor[];
  migrations: readonly Constructor<Migration>[];
  poolMax?: number;
  /**
   * How long a query waits for a connection (a free one, or a new one being opened) before it fails
   * as a transient failure (503). Without it, a database that does not answer at all holds every
   * request until the caller has long given up.
   */
  connectTimeoutMs?: number;
  debug?: boolean;
}

/**
 * MikroORM settings every service shares. Entities and migrations are listed explicitly (no folder
 * discovery: it breaks under test runners and bundles); single-entity writes skip the implicit
 * transaction wrapper, which costs 2-3x on these machines, and atomic work uses em.transactional.
 */
export function ormOptions(settings: OrmSettings): Options {
  return {
    // MikroORM's, with transactions that give back the connections a database restart broke.
    driver: PlatformPostgreSqlDriver,
    clientUrl: settings.clientUrl,
    // A service may list a platform entity itself too (the archive): each is registered once.
    entities: [...new Set([...settings.entities, ...PLATFORM_ENTITIES])],
    metadataProvider: ReflectMetadataProvider,
    implicitTransactions: false,
    // Our entities have no relations to keep in sync, and with it every loaded entity redefined each
    // of its properties as an accessor on itself: a quarter of a list page's CPU (decision 0182).
    propagationOnPrototype: false,
    allowGlobalContext: false,
    ensureDatabase: false,
    pool: { min: 0, max: settings.poolMax ?? 10 },
    // Handed to pg's Pool, which MikroORM's pool settings do not cover.
    driverOptions: { connectionTimeoutMillis: settings.connectTimeoutMs ?? 10_000 },
    debug: settings.debug ?? false,
    extensions: [Migrator],
    migrations: {
      migrationsList: [...settings.migrations],
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      snapshotOnMigrate: false,
      silent: true,
    },
  };
}
