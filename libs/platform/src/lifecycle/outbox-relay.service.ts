import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { jetstream } from '@nats-io/jetstream';
import pg from 'pg';
import type { Logger } from 'pino';
import { BusNames } from '../bus/bus-names.js';
import { NatsConnectionHolder } from '../bus/nats-connection.js';
import type { ServiceEnv } from '../config/service-env.js';
import { Metrics } from '../metrics/metrics.js';
import { Housekeeping } from '../housekeeping/housekeeping.js';
import { OutboxRelay } from '../outbox/outbox-relay.js';
import { LOGGER, PROCESS_ENV } from './tokens.js';

/** Runs the outbox relay and the platform tables' housekeeping for the lifetime of the service. */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly pool: pg.Pool;
  readonly relay: OutboxRelay;
  readonly housekeeping: Housekeeping;

  constructor(
    @Inject(PROCESS_ENV) env: ServiceEnv,
    @Inject(LOGGER) logger: Logger,
    nats: NatsConnectionHolder,
    names: BusNames,
    metrics: Metrics,
  ) {
    // Two for the relay (a claim transaction and the notification listener's retry), one for upkeep.
    this.pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 3 });
    this.pool.on('error', (err) => logger.warn({ err }, 'outbox relay pool connection error'));
    // pg-pool listens for errors of idle clients only: a client checked out (the relay holds one while
    // it publishes) whose connection the database ends, as a restart does, would emit an 'error'
    // nobody handles, and that kills the process. The query in flight fails on its own.
    this.pool.on('connect', (client) =>
      client.on('error', (err) => logger.warn({ err }, 'outbox relay database connection lost')),
    );
    this.relay = new OutboxRelay({
      pool: this.pool,
      connectionString: env.DATABASE_URL,
      js: jetstream(nats.connection),
      connection: nats.connection,
      names,
      logger: logger.child({ component: 'outbox-relay' }),
      metrics,
    });
    this.housekeeping = new Housekeeping({
      pool: this.pool,
      logger: logger.child({ component: 'housekeeping' }),
      metrics,
      retention: {
        outboxDays: env.OUTBOX_RETENTION_DAYS,
        inboxDays: env.INBOX_RETENTION_DAYS,
        idempotencyDays: env.IDEMPOTENCY_RETENTION_DAYS,
      },
    });
  }

  onApplicationBootstrap(): void {
    this.relay.start();
    this.housekeeping.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all([this.relay.stop(), this.housekeeping.stop()]);
    await this.pool.end();
  }
}
