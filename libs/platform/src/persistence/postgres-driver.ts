import type { Configuration } from '@mikro-orm/core';
import { PostgreSqlConnection, PostgreSqlDriver } from '@mikro-orm/postgresql';

type Dialect = ReturnType<PostgreSqlConnection['createKyselyDialect']>;
type KyselyDriver = ReturnType<Dialect['createDriver']>;
type DatabaseConnection = Parameters<KyselyDriver['releaseConnection']>[0];

/**
 * MikroORM's PostgreSQL driver, except that a transaction whose connection the database dropped gives
 * its connection back to the pool. Kysely (under MikroORM 7) releases a transaction's connection only
 * when `begin` succeeds and `commit` or `rollback` succeeds (kysely-org/kysely#1990, open): through a
 * database restart every transaction in flight kept its dead connection checked out for good, so the
 * pool shrank with each outage until no query could get one, and shutdown waited forever for them.
 */
export class PlatformPostgreSqlDriver extends PostgreSqlDriver {
  constructor(config: Configuration) {
    super(config);
    // The parent built connections of its own class; nothing has been opened yet, so replace them.
    const self = this as unknown as { connection: PostgreSqlConnection; replicas: PostgreSqlConnection[] };
    self.connection = new ReleasingPostgreSqlConnection(this.config);
    self.replicas = this.createReplicas(
      (options) => new ReleasingPostgreSqlConnection(this.config, options, 'read'),
    );
  }
}

class ReleasingPostgreSqlConnection extends PostgreSqlConnection {
  override createKyselyDialect(
    overrides: Parameters<PostgreSqlConnection['createKyselyDialect']>[0],
  ): Dialect {
    const dialect = super.createKyselyDialect(overrides);
    const createDriver = dialect.createDriver.bind(dialect);
    dialect.createDriver = () => releasingOnFailure(createDriver());
    return dialect;
  }
}

/**
 * Releases the connection when `begin` or `rollback` fails: after either, Kysely never will, and
 * nobody else holds it (a failed `commit` is always followed by a `rollback`). A dead connection is
 * then dropped by the pool, which checks whether a released client can still be queried.
 */
export function releasingOnFailure(driver: KyselyDriver): KyselyDriver {
  const released = new WeakSet<DatabaseConnection>();
  const release = async (connection: DatabaseConnection): Promise<void> => {
    if (released.has(connection)) return;
    released.add(connection);
    await driver.releaseConnection(connection);
  };
  const releaseOnFailure =
    <A extends unknown[]>(step: (connection: DatabaseConnection, ...rest: A) => Promise<void>) =>
    async (connection: DatabaseConnection, ...rest: A): Promise<void> => {
      try {
        await step(connection, ...rest);
      } catch (error) {
        await release(connection).catch(() => undefined);
        throw error;
      }
    };
  return new Proxy(driver, {
    get(target, property) {
      switch (property) {
        case 'acquireConnection':
          return async (...args: Parameters<KyselyDriver['acquireConnection']>) => {
            // The pool hands out the same client again once it is back: a new lease, releasable again.
            const connection = await target.acquireConnection(...args);
            released.delete(connection);
            return connection;
          };
        case 'beginTransaction':
          return releaseOnFailure(target.beginTransaction.bind(target));
        case 'rollbackTransaction':
          return releaseOnFailure(target.rollbackTransaction.bind(target));
        case 'releaseConnection':
          return (connection: DatabaseConnection) => release(connection);
      }
      const value: unknown = Reflect.get(target, property, target);
      // Kysely's drivers keep their state in private fields: their methods must run on the driver itself.
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
