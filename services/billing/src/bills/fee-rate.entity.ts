import { BigIntType } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { CompanyScoped } from '@pcs/platform';

/**
 * BIL-1: the price of a one-off item from a day on. A bill keeps the amount it was issued with, so a
 * later rate never changes it.
 */
@Entity({ tableName: 'fee_rate' })
@CompanyScoped()
@Unique({
  name: 'fee_rate_company_id_item_code_effective_from_unique',
  properties: ['companyId', 'itemCode', 'effectiveFrom'],
})
export class FeeRate {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text' })
  itemCode!: string;

  @Property({ type: 'date' })
  effectiveFrom!: string;

  @Property({ type: new BigIntType('bigint') })
  amountFen!: bigint;
}
