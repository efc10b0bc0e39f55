import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OUTBOX_CHANNEL } from './outbox-channel.js';

/**
 * `pending` until published (`sent`); `parked` after a permanent failure (the stream refused the
 * payload or the subject), until an operator retries it (`pending` again) or skips it (`skipped`:
 * never published, and no longer holding back the aggregate's later events).
 */
export type OutboxStatus = 'pending' | 'sent' | 'parked' | 'skipped';

/**
 * An event waiting to be published, written in the same transaction as the state change it
 * describes. The relay publishes it with `Nats-Msg-Id` = `id`; `seq` orders the events of an aggregate.
 */
@Entity({
  tableName: 'outbox_message',
  // Wakes the relay as soon as events are committed (the notification is sent at commit).
  triggers: [
    {
      name: 'outbox_message_notify',
      timing: 'after',
      events: ['insert'],
      forEach: 'statement',
      body: `perform pg_notify('${OUTBOX_CHANNEL}', ''); return null;`,
    },
  ],
})
@Index({
  name: 'outbox_message_pending_idx',
  properties: ['seq'],
  expression:
    'create index "outbox_message_pending_idx" on "outbox_message" ("seq") where "status" = \'pending\'',
})
@Index({
  name: 'outbox_message_aggregate_idx',
  properties: ['aggregateId', 'seq'],
  expression:
    'create index "outbox_message_aggregate_idx" on "outbox_message" ("aggregate_id", "seq") where "status" <> \'sent\'',
})
export class OutboxMessage {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'bigint', autoincrement: true, unique: true })
  seq?: string;

  /** The subject without any bus prefix, e.g. `complaints.events.complaint.registered`. */
  @Property({ type: 'text' })
  subject!: string;

  @Property({ type: 'text' })
  aggregateId!: string;

  /** The whole CloudEvent. */
  @Property({ type: 'json' })
  envelope!: object;

  @Property({ type: 'text', default: 'pending' })
  status: OutboxStatus = 'pending';

  @Property({ type: 'integer', default: 0 })
  attempts = 0;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt?: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  nextAttemptAt?: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  sentAt?: Date;

  @Property({ type: 'text', nullable: true })
  lastError?: string;
}
