import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { MikroORM } from '@mikro-orm/core';
import { EVENT_SUBSCRIPTIONS, type ServiceName } from '@pcs/contracts';
import type { Logger } from 'pino';
import { BusNames } from '../bus/bus-names.js';
import { NatsConnectionHolder } from '../bus/nats-connection.js';
import { subscriptionOf, type EventSubscriber, type EventSubscription } from '../inbox/consumes-events.js';
import { EventConsumer } from '../inbox/event-consumer.js';
import { Metrics } from '../metrics/metrics.js';
import { LOGGER, SERVICE_NAME } from './tokens.js';

/** Runs a durable consumer for every provider marked `@ConsumesEvents`, for the service's lifetime. */
@Injectable()
export class EventConsumersService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly consumers: EventConsumer[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly orm: MikroORM,
    private readonly nats: NatsConnectionHolder,
    private readonly names: BusNames,
    private readonly metrics: Metrics,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(SERVICE_NAME) private readonly service: string,
  ) {}

  onApplicationBootstrap(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const subscription = wrapper.metatype ? subscriptionOf(wrapper.metatype) : undefined;
      if (!subscription || !wrapper.instance) continue;
      this.assertDeclared(subscription);
      const consumer = new EventConsumer(
        {
          ...subscription,
          name: `${this.service}-${subscription.name}`,
          handlers: (wrapper.instance as EventSubscriber).handlers(),
        },
        {
          connection: this.nats.connection,
          names: this.names,
          orm: this.orm,
          logger: this.logger.child({ consumer: `${this.service}-${subscription.name}` }),
          metrics: this.metrics,
        },
      );
      consumer.start();
      this.consumers.push(consumer);
    }
  }

  /**
   * NATS lets a service use only the consumers declared in the contracts (their permissions are
   * generated from EVENT_SUBSCRIPTIONS), so one missing there would fail in production: fail at once.
   */
  private assertDeclared(subscription: EventSubscription): void {
    const declared = EVENT_SUBSCRIPTIONS[this.service as ServiceName];
    if (!declared) return; // a process of a test, not one of ours
    const { name, stream, filterSubject } = subscription;
    if (
      !declared.some((d) => d.purpose === name && d.stream === stream && d.filterSubject === filterSubject)
    ) {
      throw new Error(
        `${this.service}-${name} (${stream}, ${filterSubject}) is not declared in EVENT_SUBSCRIPTIONS ` +
          '(libs/contracts/src/bus-registry.ts); declare it there and run `npm run nats-users`',
      );
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.consumers.map((c) => c.stop()));
  }

  /** The running consumers (tests wait on them). */
  get running(): readonly EventConsumer[] {
    return this.consumers;
  }
}
