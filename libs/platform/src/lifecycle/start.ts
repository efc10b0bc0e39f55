import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/core';
import { NestFactory } from '@nestjs/core';
import type { INestMicroservice } from '@nestjs/common';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';
import { NatsConnectionHolder } from '../bus/nats-connection.js';
import { RpcErrorFilter } from '../bus/rpc-error.filter.js';
import { NatsRpcServer } from '../bus/rpc-server.js';
import { BusNames } from '../bus/bus-names.js';
import type { ProcessEnv, ServiceEnv } from '../config/service-env.js';
import { ConfigurationError, validateEnv } from '../config/validate-env.js';
import { BusIdentitySigner, BusIdentityVerifier, parseTrustedKeys } from '../auth/bus-identity.js';
import { developmentBusEnv } from '../auth/development-bus-keys.js';
import { Readiness } from '../health/readiness.js';
import { createLogger, NestJsonLogger } from '../logging/logger.js';
import { Metrics } from '../metrics/metrics.js';
import { provisionStream } from '../outbox/stream-provisioning.js';
import { migrateUp } from '../persistence/migrate.js';
import { OrmCallContextInterceptor } from '../persistence/orm-call-context.interceptor.js';
import { ContractValidationPipe } from '../validation/contract-validation.pipe.js';
import { EdgeRootModule, ServiceRootModule, type ProcessParts } from './platform.module.js';
import type { EdgeSpec, ServiceSpec } from './service-spec.js';
import { createDatabaseIfMissing } from '../persistence/database-admin.js';
import { problemClientErrorHandler, problemFrameworkErrors } from '../http/client-error.js';

export interface RunningProcess {
  app: NestFastifyApplication;
  env: ProcessEnv;
  logger: Logger;
  /** The HTTP address the process listens on. */
  url: string;
  /** Stops taking work, finishes what is in flight, closes connections. Safe to call twice. */
  close(): Promise<void>;
}

export interface StartOptions {
  /** Environment to read instead of process.env (tests). */
  env?: NodeJS.ProcessEnv;
  /** Create the database and apply pending migrations before starting (development and tests). */
  migrate?: boolean;
  host?: string;
}

/**
 * The process's validated settings. Outside production, the development defaults fill what is not
 * set: the spec's own and the development bus keys of the process named `name`.
 */
export function readEnv<E extends object>(
  cls: new () => E,
  developmentEnv: Record<string, string> | undefined,
  raw: NodeJS.ProcessEnv,
  name?: string,
): E {
  const defaults =
    raw['NODE_ENV'] === 'production'
      ? {}
      : { ...(name ? developmentBusEnv(name) : {}), ...(developmentEnv ?? {}) };
  return validateEnv(cls, { ...defaults, ...raw });
}

/** The keys a running process cannot do without: its own to sign, and those it trusts. */
function busIdentity(name: string, env: ProcessEnv): ProcessParts['identity'] {
  const { BUS_SIGNING_KEY: signingKey, BUS_TRUSTED_KEYS: trustedKeys } = env;
  if (!signingKey || !trustedKeys) {
    throw new ConfigurationError(
      [
        !signingKey && 'BUS_SIGNING_KEY: is required (this process signs the actor of its bus requests)',
        !trustedKeys && 'BUS_TRUSTED_KEYS: is required (the keys whose signed actors are trusted)',
      ].filter((m): m is string => Boolean(m)),
    );
  }
  try {
    return {
      signer: new BusIdentitySigner(name, signingKey, env.BUS_ACTOR_TTL_SECONDS),
      verifier: new BusIdentityVerifier(parseTrustedKeys(trustedKeys)),
    };
  } catch (error) {
    throw new ConfigurationError([
      `BUS_SIGNING_KEY or BUS_TRUSTED_KEYS: not a valid Ed25519 key (${(error as Error).message})`,
    ]);
  }
}

/** Starts a service: its bus handlers, outbox relay, health and metrics. */
export async function startService(spec: ServiceSpec, options: StartOptions = {}): Promise<RunningProcess> {
  const env = readEnv(spec.env, spec.developmentEnv, options.env ?? process.env, spec.name) as ServiceEnv;
  if (env.INBOX_RETENTION_DAYS <= env.STREAM_MAX_AGE_DAYS) {
    throw new ConfigurationError([
      'INBOX_RETENTION_DAYS: must be greater than STREAM_MAX_AGE_DAYS (an event can be redelivered as long as the stream keeps it)',
    ]);
  }
  const parts = await openParts(spec.name, env);
  const names = new BusNames(env.BUS_PREFIX);
  try {
    if (options.migrate) await createDatabaseIfMissing(env.DATABASE_URL);
    await provisionStream(parts.nats.connection, names, spec.stream, {
      replicas: env.STREAM_REPLICAS,
      maxAgeDays: env.STREAM_MAX_AGE_DAYS,
    });
    const app = await NestFactory.create<NestFastifyApplication>(
      ServiceRootModule.create(spec, { ...parts, env }),
      new FastifyAdapter(),
      { logger: new NestJsonLogger(parts.logger), abortOnError: false },
    );
    const orm: MikroORM = app.get(MikroORM);
    if (options.migrate) {
      const applied = await migrateUp(orm, env.DATABASE_URL);
      if (applied.length) parts.logger.info({ applied }, 'migrations applied');
    }
    return await listen(app, spec.name, parts, options, (ms) =>
      ms.useGlobalInterceptors(new OrmCallContextInterceptor(orm)),
    );
  } catch (error) {
    await parts.nats.drain();
    throw error;
  }
}

/** Starts the HTTP edge (gateway): no database, no stream, no bus handlers of its own. */
export async function startEdge(
  spec: EdgeSpec,
  options: StartOptions = {},
  configure?: (app: NestFastifyApplication, parts: ProcessParts) => void | Promise<void>,
): Promise<RunningProcess> {
  const env = readEnv(spec.env, spec.developmentEnv, options.env ?? process.env, spec.name);
  const parts = await openParts(spec.name, env);
  try {
    const app = await NestFactory.create<NestFastifyApplication>(
      EdgeRootModule.create(spec, parts),
      new FastifyAdapter({
        trustProxy: true,
        bodyLimit: 1_048_576,
        clientErrorHandler: problemClientErrorHandler(parts.logger),
        frameworkErrors: problemFrameworkErrors(parts.logger),
        // The router's own limit (100) answers a long path parameter with a bare 414 before any
        // validation; the HTTP parser's header limit bounds URLs anyway, and routes take no regex
        // parameters, so a long id reaches validation and is refused as the field it is.
        routerOptions: { maxParamLength: 16_384 },
      }),
      // Nest's own body parsers (JSON, and url-encoded forms) stay off: which bodies the edge reads,
      // and how, is its `configure`'s to say. Fastify's built-in JSON parser remains until replaced.
      { logger: new NestJsonLogger(parts.logger), abortOnError: false, bodyParser: false },
    );
    await configure?.(app, parts);
    return await listen(app, spec.name, parts, options);
  } catch (error) {
    await parts.nats.drain();
    throw error;
  }
}

async function openParts(name: string, env: ProcessEnv): Promise<ProcessParts> {
  const identity = busIdentity(name, env);
  const logger = createLogger(name, env.LOG_LEVEL);
  const nats = await NatsConnectionHolder.open(name, env, logger);
  const readiness = new Readiness();
  readiness.add({ name: 'nats', check: () => nats.ping() });
  return { env, logger, nats, metrics: new Metrics(name), readiness, identity };
}

async function listen(
  app: NestFastifyApplication,
  name: string,
  parts: ProcessParts,
  options: StartOptions,
  configureBus?: (ms: INestMicroservice) => void,
): Promise<RunningProcess> {
  const { env, logger, nats, metrics, readiness, identity } = parts;
  const server = new NatsRpcServer({
    connection: nats.connection,
    names: new BusNames(env.BUS_PREFIX),
    queue: name,
    logger,
    metrics,
    graceMs: env.SHUTDOWN_GRACE_MS,
    verifier: identity.verifier,
  });
  // Deferred: handlers must be bound after the global pipe, filter and interceptors are set below.
  const ms = app.connectMicroservice({ strategy: server }, { deferInitialization: true });
  ms.useGlobalPipes(new ContractValidationPipe());
  ms.useGlobalFilters(new RpcErrorFilter(logger));
  configureBus?.(ms);
  // Once shutdown begins, every response closes its connection: keep-alive connections would
  // otherwise hold the server open until their timeout (72 s) after the last request in flight.
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', (_request, reply, payload, done) => {
      if (readiness.isStopping) void reply.header('connection', 'close');
      done(null, payload);
    });
  await app.init();
  await app.startAllMicroservices();
  await app.listen({ port: env.PORT, host: options.host ?? '0.0.0.0' });
  readiness.markStarted();
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  logger.info({ port }, `${name} started`);

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closing ??= (async () => {
      readiness.markStopping();
      logger.info('shutting down');
      // Bus first: stop taking requests and let those in flight finish; then HTTP, relay, consumers.
      await server.close();
      app.getHttpServer().closeIdleConnections();
      await app.close();
      await nats.drain();
      logger.info('stopped');
    })());
  return { app, env, logger, url: `http://127.0.0.1:${port}`, close };
}

/**
 * The entry point of a process: starts it, stops it cleanly on SIGTERM or SIGINT (Ctrl-C), and exits
 * non-zero with every configuration problem listed when it cannot start.
 */
export async function runProcess(start: () => Promise<RunningProcess>): Promise<void> {
  let running: RunningProcess;
  try {
    running = await start();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  const stop = (signal: string): void => {
    running.logger.info({ signal }, 'signal received');
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        running.logger.error({ err: error }, 'unclean shutdown');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}
