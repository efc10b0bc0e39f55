import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { PrimaryKeyProp } from '@mikro-orm/core';

/** GEN-2: the last number handed out per company, community, kind of record and year. */
@Entity({ tableName: 'number_sequence' })
export class NumberSequence {
  [PrimaryKeyProp]?: ['companyId', 'communityId', 'record', 'year'];

  @PrimaryKey({ type: 'text' })
  companyId!: string;

  @PrimaryKey({ type: 'text' })
  communityId!: string;

  @PrimaryKey({ type: 'text' })
  record!: string;

  @PrimaryKey({ type: 'integer' })
  year!: number;

  @Property({ type: 'bigint' })
  lastValue!: string;
}
