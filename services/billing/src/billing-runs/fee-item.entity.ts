import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { FeeBasis, LateFeeTermsV1, UnitType } from '@pcs/contracts';
import { CompanyScoped } from '@pcs/platform';

/** BIL-1: a periodic fee item of the company; its rates are dated rows of `fee_rate` by its code. */
@Entity({ tableName: 'fee_item' })
@CompanyScoped()
@Unique({ name: 'fee_item_company_id_code_unique', properties: ['companyId', 'code'] })
export class FeeItem {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  basis!: FeeBasis;

  /** Absent: every unit type. */
  @Property({ type: 'jsonb', nullable: true })
  unitTypes?: UnitType[];

  /** BIL-13: absent, nothing accrues. */
  @Property({ type: 'jsonb', nullable: true })
  lateFee?: LateFeeTermsV1;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;
}
