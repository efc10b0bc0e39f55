import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { PrimaryKeyProp } from '@mikro-orm/core';

/** An event a consumer has applied; written in the same transaction as the effect (idempotent inbox). */
@Entity({ tableName: 'inbox_message' })
@Index({ properties: ['processedAt'] })
export class InboxMessage {
  [PrimaryKeyProp]?: ['consumer', 'eventId'];

  @PrimaryKey({ type: 'text' })
  consumer!: string;

  @PrimaryKey({ type: 'text' })
  eventId!: string;

  @Property({ type: 'text' })
  eventType!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  processedAt?: Date;
}
