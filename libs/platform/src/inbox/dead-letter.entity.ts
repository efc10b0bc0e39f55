import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';

/** `open` until an operator replays it (its effect then applied once) or discards it, with a reason. */
export type DeadLetterStatus = 'open' | 'replayed' | 'discarded';

/**
 * An event a consumer gave up on, kept with the error for an operator. Written before the message is
 * terminated in the stream, and at most once per consumer and stream sequence, so a crash between the
 * two leaves one letter, never none.
 */
@Entity({ tableName: 'dead_letter' })
@Index({ properties: ['consumer', 'createdAt'] })
@Index({ properties: ['status', 'createdAt'] })
@Unique({ properties: ['consumer', 'streamSeq'] })
export class DeadLetter {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  consumer!: string;

  @Property({ type: 'text', nullable: true })
  eventId?: string;

  /** The event's `type`, when the message could be read. */
  @Property({ type: 'text', nullable: true })
  eventType?: string;

  /** The event's company, when the message could be read: operators see their company's letters. */
  @Property({ type: 'text', nullable: true })
  companyId?: string;

  @Property({ type: 'text' })
  subject!: string;

  @Property({ type: 'bigint', nullable: true })
  streamSeq?: string;

  /** The message as received (text, since it may not even be JSON). */
  @Property({ type: 'text' })
  payload!: string;

  @Property({ type: 'text' })
  error!: string;

  @Property({ type: 'integer' })
  deliveries!: number;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt?: Date;

  @Property({ type: 'text', default: 'open' })
  status: DeadLetterStatus = 'open';

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  resolvedAt?: Date;

  /** Staff id of the operator who replayed or discarded it. */
  @Property({ type: 'text', nullable: true })
  resolvedBy?: string;

  /** The operator's reason. */
  @Property({ type: 'text', nullable: true })
  resolution?: string;
}
