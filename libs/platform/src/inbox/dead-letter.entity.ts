import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** An event a consumer gave up on after its last delivery, kept with the error for an operator. */
@Entity({ tableName: 'dead_letter' })
@Index({ properties: ['consumer', 'createdAt'] })
export class DeadLetter {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  consumer!: string;

  @Property({ type: 'text', nullable: true })
  eventId?: string;

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
}
