import type { EntityManager } from '@mikro-orm/postgresql';
import type { CloudEvent, EventDefinition } from '@pcs/contracts';
import { CallContext, type CallContextData } from '../context/call-context.js';
import { newId } from '../ids/new-id.js';
import { insertRows, type ColumnType } from '../persistence/bound-sql.js';
import { assertInTransaction } from '../persistence/transaction-guard.js';

export interface StagedEvent<D> {
  /** The aggregate the event is about; events of one aggregate are published in order. */
  aggregateId: string;
  companyId: string;
  communityId?: string;
  data: D;
  /** When the state change happened; defaults to now. */
  time?: Date;
}

/** A batch's outbox rows, written in one statement (insertRows: its values as array parameters). */
const OUTBOX_COLUMNS = {
  id: 'uuid',
  subject: 'text',
  aggregate_id: 'text',
  envelope: 'jsonb',
  status: 'text',
  attempts: 'integer',
} as const satisfies Record<string, ColumnType>;

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
    const envelope = this.envelope(definition, event, CallContext.current());
    // One round trip: the aggregate's next version is taken and written into the envelope by the
    // statement that stages it (a service stages most events one at a time, mid-transaction).
    const [row] = await em.execute<{ version: string }[]>(
      `with taken as (
         insert into aggregate_version (aggregate_id, version) values (?, 1)
         on conflict (aggregate_id) do update set version = aggregate_version.version + 1
         returning version)
       insert into outbox_message (id, subject, aggregate_id, envelope, status, attempts)
       select ?, ?, ?, jsonb_set(?::jsonb, '{aggregateversion}', to_jsonb(taken.version)), 'pending', 0
       from taken
       returning envelope->>'aggregateversion' as version`,
      [event.aggregateId, envelope.id, definition.subject, envelope.subject, JSON.stringify(envelope)],
    );
    if (!row) throw new Error('Outbox.stage wrote no event');
    return { ...envelope, aggregateversion: Number(row.version) };
  }

  /**
   * Many events of one kind, staged as `stage` would stage them one after the other (same versions,
   * same publication order: the array's), in a few statements instead of two per event. For a batch
   * of state changes, e.g. a billing run's chunk of bills.
   */
  async stageMany<D extends object>(
    em: EntityManager,
    definition: EventDefinition<D>,
    events: readonly StagedEvent<D>[],
  ): Promise<CloudEvent<D>[]> {
    assertInTransaction(em, 'Outbox.stageMany');
    return this.write(em, definition, events);
  }

  /** The event's CloudEvents envelope, without its aggregate version (taken in the database). */
  private envelope<D extends object>(
    definition: EventDefinition<D>,
    event: StagedEvent<D>,
    ctx: CallContextData | undefined,
  ): CloudEvent<D> {
    return {
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
  }

  private async write<D extends object>(
    em: EntityManager,
    definition: EventDefinition<D>,
    events: readonly StagedEvent<D>[],
  ): Promise<CloudEvent<D>[]> {
    if (events.length === 0) return [];
    const ctx = CallContext.current();
    // One correlation id for the batch, whether or not a call context gives one.
    const shared = ctx ?? { correlationId: CallContext.newCorrelationId() };
    const versions = await takeAggregateVersions(em, events);
    const envelopes = events.map((event) => ({
      ...this.envelope(definition, event, shared),
      aggregateversion: versions.next(event.aggregateId),
    }));
    // The rows go in the array's order, so each takes a later `seq` than the one before it: the relay
    // publishes an aggregate's events in `seq` order, which is then their version order too.
    await insertRows(
      em,
      'outbox_message',
      OUTBOX_COLUMNS,
      envelopes.map((envelope) => [
        envelope.id,
        definition.subject,
        envelope.subject,
        JSON.stringify(envelope),
        'pending',
        0,
      ]),
    );
    return envelopes;
  }
}

/*
 * Each aggregate's version row moves by the number of its events here, in one statement per batch
 * (a multi-row upsert may touch a row only once, hence one row per aggregate). The rows stay locked
 * until the transaction ends: a concurrent writer of the same aggregate waits, then takes the next
 * versions, and its outbox rows get later `seq`s too, so publication order and version order agree.
 * Aggregates are locked in id order (insertRows keeps the rows' order), so two batches sharing
 * aggregates cannot deadlock on them. A rollback returns the versions.
 */
async function takeAggregateVersions(
  em: EntityManager,
  events: readonly StagedEvent<unknown>[],
): Promise<{ next(aggregateId: string): number }> {
  const counts = new Map<string, number>();
  for (const { aggregateId } of events) counts.set(aggregateId, (counts.get(aggregateId) ?? 0) + 1);
  const ids = [...counts.keys()].sort();
  const nextVersion = new Map<string, number>();
  const rows = await insertRows<{ aggregate_id: string; version: string }>(
    em,
    'aggregate_version',
    { aggregate_id: 'text', version: 'bigint' },
    ids.map((id) => [id, counts.get(id)]),
    `on conflict (aggregate_id) do update set version = aggregate_version.version + excluded.version
     returning aggregate_id, version`,
  );
  // `version` is now the last of this aggregate's new versions; its first event takes the first.
  for (const row of rows)
    nextVersion.set(row.aggregate_id, Number(row.version) - (counts.get(row.aggregate_id) ?? 0) + 1);
  return {
    next(aggregateId) {
      const version = nextVersion.get(aggregateId);
      if (version === undefined) throw new Error(`no aggregate version taken for ${aggregateId}`);
      nextVersion.set(aggregateId, version + 1);
      return version;
    },
  };
}
