import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { CompanyScoped } from '@pcs/platform';

/**
 * BIL-10 (decision 0394): the name a contractor's quality deposit is held under, as its first receipt
 * gave it. A later receipt under the same contractor id must give the same name.
 */
@Entity({ tableName: 'quality_deposit_contractor' })
@CompanyScoped()
@Unique({
  name: 'quality_deposit_contractor_company_id_contractor_id_unique',
  properties: ['companyId', 'contractorId'],
})
export class QualityDepositContractor {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'uuid' })
  contractorId!: string;

  /** As typed at the first receipt, without the spaces and invisible characters around it. */
  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  recordedAt!: Date;
}
