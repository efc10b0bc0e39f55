import { BigIntType } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { appendOnlyTrigger, CompanyScoped } from '@pcs/platform';

/**
 * BIL-5: what part of a payment paid which bill line. Append-only: a reversal adds the negative rows
 * (BIL-6), so a line's paid amount is always the sum of its allocations.
 */
@Entity({ tableName: 'payment_allocation', triggers: [appendOnlyTrigger('payment_allocation')] })
@CompanyScoped()
@Index({ name: 'payment_allocation_payment_index', properties: ['paymentId'] })
@Index({ name: 'payment_allocation_bill_index', properties: ['billId'] })
export class PaymentAllocation {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'uuid' })
  paymentId!: string;

  @Property({ type: 'uuid' })
  billId!: string;

  @Property({ type: 'uuid' })
  billLineId!: string;

  @Property({ type: new BigIntType('bigint') })
  amountFen!: bigint;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  at!: Date;
}
