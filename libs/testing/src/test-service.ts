import { startEdge, startService, type EdgeSpec, type RunningProcess, type ServiceSpec } from '@pcs/platform';
import { createTestDatabase, testNatsUrl, type TestDatabase } from './test-resources.js';

export interface TestServiceOptions {
  prefix: string;
  /** Reuse a database (e.g. to restart a service on its data); by default each start gets a fresh one. */
  database?: TestDatabase;
  env?: Record<string, string>;
}

export interface TestService extends RunningProcess {
  database: TestDatabase;
  /** Stops the service and drops its database. */
  destroy(): Promise<void>;
}

function baseEnv(prefix: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    NODE_ENV: 'test',
    NATS_URL: testNatsUrl(),
    BUS_PREFIX: prefix,
    PORT: '0',
    LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent',
    SHUTDOWN_GRACE_MS: '2000',
    ...extra,
  };
}

/** Boots a service in this process on a fresh database (migrated) and the test file's bus prefix. */
export async function startTestService(spec: ServiceSpec, options: TestServiceOptions): Promise<TestService> {
  const database = options.database ?? (await createTestDatabase());
  const running = await startService(spec, {
    env: baseEnv(options.prefix, { DATABASE_URL: database.url, ...options.env }),
    migrate: true,
    host: '127.0.0.1',
  });
  return {
    ...running,
    database,
    destroy: async () => {
      await running.close();
      if (!options.database) await database.drop();
    },
  };
}

/** Boots the HTTP edge in this process on the test file's bus prefix. */
export async function startTestEdge(
  spec: EdgeSpec,
  options: { prefix: string; env?: Record<string, string> },
  configure?: Parameters<typeof startEdge>[2],
): Promise<RunningProcess> {
  return startEdge(spec, { env: baseEnv(options.prefix, options.env), host: '127.0.0.1' }, configure);
}
