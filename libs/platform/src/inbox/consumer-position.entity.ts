import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { PrimaryKeyProp } from '@mikro-orm/core';

/**
 * For consumers in ordered mode: the version of each aggregate whose event was applied last, updated
 * in the same transaction as the effect. An event whose predecessor is not applied yet waits.
 */
@Entity({ tableName: 'consumer_position' })
export class ConsumerPosition {
  [PrimaryKeyProp]?: ['consumer', 'aggregateId'];

  @PrimaryKey({ type: 'text' })
  consumer!: string;

  @PrimaryKey({ type: 'text' })
  aggregateId!: string;

  @Property({ type: 'bigint' })
  version!: string;
}
