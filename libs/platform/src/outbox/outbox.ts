import type { EntityManager } from '@mikro-orm/postgresql';
import type { CloudEvent, EventDefinition } from '@pcs/contracts';
import { CallContext } from '../context/call-context.js';
import { newId } from '../ids/new-id.js';
import { assertInTransaction } from '../persistence/transaction-guard.js';
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
    assertInTransaction(em, 'Outbox.stage');
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
      aggregateversion: await nextAggregateVersion(em, event.aggregateId),
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

/*
 * The row stays locked until the transaction ends: a concurrent writer of the same aggregate waits,
 * then takes the next version, and its outbox row gets a later `seq` too, so publication order and
 * version order agree. A rollback returns the version.
 */
async function nextAggregateVersion(em: EntityManager, aggregateId: string): Promise<number> {
  const [row] = await em.execute<{ version: string }[]>(
    `insert into aggregate_version (aggregate_id, version) values (?, 1)
     on conflict (aggregate_id) do update set version = aggregate_version.version + 1
     returning version`,
    [aggregateId],
  );
  return Number(row?.version);
}
