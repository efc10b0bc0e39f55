import type { EventConsumerOptions, EventHandler } from './event-consumer.js';

/** What a subscriber consumes: a stream, a subject filter, a purpose that names its durable consumer. */
export type EventSubscription = Omit<EventConsumerOptions, 'handlers'>;

/** A Nest provider that applies events; the platform finds it and runs its consumer. */
export interface EventSubscriber {
  handlers(): EventHandler[];
}

export const EVENT_SUBSCRIPTION = Symbol('pcs:event-subscription');

/**
 * Marks a provider as the consumer of some events. `name` is the purpose (`calendar`, `billing`);
 * the durable consumer is named `<service>-<name>`, so two services consuming the same events each
 * get every event.
 */
export function ConsumesEvents(subscription: EventSubscription): ClassDecorator {
  return (target) => {
    Reflect.defineMetadata(EVENT_SUBSCRIPTION, subscription, target);
  };
}

export function subscriptionOf(target: object): EventSubscription | undefined {
  return Reflect.getMetadata(EVENT_SUBSCRIPTION, target) as EventSubscription | undefined;
}
