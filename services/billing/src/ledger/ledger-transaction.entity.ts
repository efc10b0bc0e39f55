import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { appendOnlyTrigger, CompanyScoped } from '@pcs/platform';

/** BIL-12: one money movement; its entries sum to zero. Never edited: corrections are new ones (BIL-6). */
@Entity({ tableName: 'ledger_transaction', triggers: [appendOnlyTrigger('ledger_transaction')] })
@CompanyScoped()
@Index({ name: 'ledger_transaction_reference_index', properties: ['companyId', 'referenceId'] })
export class LedgerTransaction {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text', nullable: true })
  communityId?: string;

  /** `bill-issued`, `payment`, `payment-reversal`, `credit-note`, `deposit-received`, `deposit-deduction`, … */
  @Property({ type: 'text' })
  kind!: string;

  /** The bill, payment, deposit, draw or settlement the movement is for. */
  @Property({ type: 'uuid', nullable: true })
  referenceId?: string;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  postedAt!: Date;
}
