import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import type { DynamicModule, Type } from '@nestjs/common';
import type { ProcessEnv, ServiceEnv } from '../config/service-env.js';
import type { OwnedStream } from '../outbox/stream-provisioning.js';

/** What the platform needs to know to run a service that owns a database and a stream. */
export interface ServiceSpec<E extends ServiceEnv = ServiceEnv> {
  name: string;
  env: new () => E;
  /** Development defaults, used only when NODE_ENV is not `production`. */
  developmentEnv?: Record<string, string>;
  /** The service's feature modules. */
  imports: (Type | DynamicModule)[];
  entities: readonly Constructor[];
  migrations: readonly Constructor<Migration>[];
  stream: OwnedStream;
}

/** What the platform needs to know to run the gateway: no database, no stream. */
export interface EdgeSpec<E extends ProcessEnv = ProcessEnv> {
  name: string;
  env: new () => E;
  developmentEnv?: Record<string, string>;
  imports: (Type | DynamicModule)[];
}
