import { BigIntType } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type {
  ApportionmentBasis,
  SharedMeterPartView,
  SharedMeterUnitV1,
  SharedUtility,
} from '@pcs/contracts';
import { CommunityScoped } from '@pcs/platform';

/**
 * BIL-3: a shared meter's month, apportioned once (decision 0238). The row is claimed first in the
 * apportioning transaction, so a second call for the same meter and month waits for the first and
 * then gets its answer back (the same units and amount) or is refused (anything else).
 */
@Entity({ tableName: 'shared_meter_apportionment' })
@CommunityScoped()
@Unique({
  name: 'shared_meter_apportionment_meter_period_unique',
  properties: ['companyId', 'communityId', 'meterCode', 'period'],
})
export class SharedMeterApportionment {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text' })
  communityId!: string;

  @Property({ type: 'text' })
  meterCode!: string;

  @Property({ type: 'text' })
  period!: string;

  @Property({ type: 'text' })
  utility!: SharedUtility;

  @Property({ type: 'text' })
  basis!: ApportionmentBasis;

  @Property({ type: new BigIntType('bigint') })
  amountFen!: bigint;

  /** The units as given, which a repeated call must give again. */
  @Property({ type: 'json' })
  units!: SharedMeterUnitV1[];

  @Property({ type: 'json' })
  parts!: SharedMeterPartView[];

  @Property({ type: 'integer' })
  billsIssued!: number;

  @Property({ type: 'text', nullable: true })
  note?: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  apportionedAt!: Date;

  @Property({ type: 'text' })
  apportionedById!: string;
}
