import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { MikroORM } from '@mikro-orm/core';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import type { Logger } from 'pino';
import type { BusIdentitySigner, BusIdentityVerifier } from '../auth/bus-identity.js';
import { BusClient } from '../bus/bus-client.js';
import { BusNames } from '../bus/bus-names.js';
import { NatsConnectionHolder } from '../bus/nats-connection.js';
import type { ProcessEnv, ServiceEnv } from '../config/service-env.js';
import { HealthController } from '../health/health.controller.js';
import { Readiness } from '../health/readiness.js';
import { Metrics } from '../metrics/metrics.js';
import { opsNatsController } from '../ops/ops.nats-controller.js';
import { OpsService } from '../ops/ops.service.js';
import { Outbox } from '../outbox/outbox.js';
import { ormOptions } from '../persistence/orm-options.js';
import { EventConsumersService } from './event-consumers.service.js';
import { OutboxRelayService } from './outbox-relay.service.js';
import type { EdgeSpec, ServiceSpec } from './service-spec.js';
import { LOGGER, PROCESS_ENV, SERVICE_NAME } from './tokens.js';

export interface ProcessParts {
  env: ProcessEnv;
  logger: Logger;
  nats: NatsConnectionHolder;
  metrics: Metrics;
  readiness: Readiness;
  /** Signs the actor of this process's requests; verifies the actor of those it serves. */
  identity: { signer: BusIdentitySigner; verifier: BusIdentityVerifier };
}

function commonProviders(name: string, parts: ProcessParts, edge: boolean): Provider[] {
  const names = new BusNames(parts.env.BUS_PREFIX);
  return [
    { provide: PROCESS_ENV, useValue: parts.env },
    { provide: SERVICE_NAME, useValue: name },
    { provide: LOGGER, useValue: parts.logger },
    { provide: NatsConnectionHolder, useValue: parts.nats },
    { provide: Metrics, useValue: parts.metrics },
    { provide: Readiness, useValue: parts.readiness },
    { provide: BusNames, useValue: names },
    {
      provide: BusClient,
      useValue: new BusClient(parts.nats.connection, names, parts.metrics, parts.env.RPC_TIMEOUT_MS, {
        forwardIdempotencyKey: edge,
        signer: parts.identity.signer,
      }),
    },
    { provide: Outbox, useValue: new Outbox(name) },
  ];
}

const EXPORTED = [
  PROCESS_ENV,
  SERVICE_NAME,
  LOGGER,
  NatsConnectionHolder,
  Metrics,
  Readiness,
  BusNames,
  BusClient,
  Outbox,
];

/** The composition root of a service: platform parts, database, outbox relay, health, and its features. */
@Module({})
export class ServiceRootModule {
  static create(spec: ServiceSpec, parts: ProcessParts & { env: ServiceEnv }): DynamicModule {
    return {
      module: ServiceRootModule,
      global: true,
      imports: [
        MikroOrmModule.forRoot({
          ...ormOptions({
            clientUrl: parts.env.DATABASE_URL,
            entities: spec.entities,
            migrations: spec.migrations,
            poolMax: parts.env.DATABASE_POOL_MAX,
            connectTimeoutMs: parts.env.DATABASE_CONNECT_TIMEOUT_MS,
          }),
          // Bus handlers get their context from OrmCallContextInterceptor; HTTP here is health only.
          registerRequestContext: false,
        }),
        DiscoveryModule,
        ...spec.imports,
      ],
      // Every service answers operators about its dead letters and outbox (`<service>.ops.…`).
      controllers: [HealthController, opsNatsController(spec.name)],
      providers: [
        ...commonProviders(spec.name, parts, false),
        OutboxRelayService,
        EventConsumersService,
        OpsService,
        {
          provide: 'DATABASE_READINESS',
          inject: [MikroORM, Readiness],
          useFactory: (orm: MikroORM, readiness: Readiness) => {
            readiness.add({
              name: 'database',
              check: async () => {
                await orm.em.fork().getConnection().execute('select 1');
                return true;
              },
            });
            return true;
          },
        },
      ],
      exports: [...EXPORTED, OutboxRelayService, EventConsumersService],
    };
  }
}

/** The composition root of the HTTP edge: platform parts without a database. */
@Module({})
export class EdgeRootModule {
  static create(spec: EdgeSpec, parts: ProcessParts): DynamicModule {
    return {
      module: EdgeRootModule,
      global: true,
      imports: spec.imports,
      controllers: [HealthController],
      providers: commonProviders(spec.name, parts, true),
      exports: EXPORTED,
    };
  }
}
