import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * The version of each aggregate that has published events: incremented, row locked, in the
 * transaction that stages an event, so versions follow commit order without gaps or repeats.
 */
@Entity({ tableName: 'aggregate_version' })
export class AggregateVersion {
  @PrimaryKey({ type: 'text' })
  aggregateId!: string;

  @Property({ type: 'bigint' })
  version!: string;
}
