import { BigIntType } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { CommunityScoped } from '@pcs/platform';

/**
 * BIL-1: a unit's meter read for a month and billed once (decision 0243). The row is claimed first in
 * the recording transaction, so a second reading of the same unit, item and month waits for the first
 * and then gets its answer back (the same figures) or is refused (other figures), unless every bill
 * of the first was cancelled: then it is recorded again as the next revision.
 */
@Entity({ tableName: 'meter_reading' })
@CommunityScoped()
@Unique({
  name: 'meter_reading_unit_item_period_unique',
  properties: ['companyId', 'unitId', 'itemCode', 'period'],
})
@Index({
  name: 'meter_reading_community_period_index',
  properties: ['companyId', 'communityId', 'period'],
})
export class MeterReading {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text' })
  communityId!: string;

  @Property({ type: 'uuid' })
  unitId!: string;

  @Property({ type: 'text' })
  itemCode!: string;

  @Property({ type: 'text' })
  period!: string;

  @Property({ type: new BigIntType('bigint') })
  previousReading!: bigint;

  @Property({ type: new BigIntType('bigint') })
  reading!: bigint;

  @Property({ type: new BigIntType('bigint') })
  rateFen!: bigint;

  @Property({ type: new BigIntType('bigint') })
  amountFen!: bigint;

  @Property({ type: 'boolean' })
  meterReplaced!: boolean;

  @Property({ type: 'integer' })
  revision!: number;

  @Property({ type: 'integer' })
  billsIssued!: number;

  @Property({ type: 'text', nullable: true })
  note?: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  recordedAt!: Date;

  @Property({ type: 'text' })
  recordedById!: string;

  @Property({ type: 'text' })
  recordedByName!: string;
}
