import type { EntityManager } from '@mikro-orm/postgresql';
import type { CloudEvent, EventDefinition } from '@pcs/contracts';
import { CallContext } from '../context/call-context.js';
import { newId } from '../ids/new-id.js';
import { OutboxMessage } from './outbox-message.entity.js';

export interface StagedEvent<D> {
  /** The aggregate the event is about; events of one aggregate are published in order. */
  aggregateId: string;
  companyId: string;
  communityId?: string;
  data: D;
  /** When the state change happened; defaults to now. */
  time?: Date;
}

/**
 * Writes events into the outbox table inside the caller's transaction, so that an event exists if and
 * only if the state change it describes was committed. The relay publishes them afterwards.
 */
export class Outbox {
  constructor(private readonly source: string) {}

  async stage<D extends object>(
    em: EntityManager,
    definition: EventDefinition<D>,
    event: StagedEvent<D>,
  ): Promise<CloudEvent<D>> {
    const ctx = CallContext.current();
    const envelope: CloudEvent<D> = {
      specversion: '1.0',
      id: newId(),
      source: this.source,
      type: definition.type,
      time: (event.time ?? new Date()).toISOString(),
      subject: event.aggregateId,
      datacontenttype: 'application/json',
      companyid: event.companyId,
      ...(event.communityId ? { communityid: event.communityId } : {}),
      correlationid: ctx?.correlationId ?? CallContext.newCorrelationId(),
      ...(ctx?.causationId ? { causationid: ctx.causationId } : {}),
      ...(ctx?.actor ? { actorid: ctx.actor.sub } : {}),
      data: event.data,
    };
    await em.insert(OutboxMessage, {
      id: envelope.id,
      subject: definition.subject,
      aggregateId: event.aggregateId,
      envelope,
      status: 'pending',
      attempts: 0,
    });
    return envelope;
  }
}
