import { BigIntType } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { PaymentMethod, PaymentStatus } from '@pcs/contracts';
import { CommunityScoped } from '@pcs/platform';

/** BIL-5: a payment with its receipt (收据) number. The same external transaction id records one. */
@Entity({ tableName: 'payment' })
@CommunityScoped()
@Index({
  name: 'payment_external_transaction_unique',
  properties: ['companyId', 'method', 'externalTransactionId'],
  expression:
    'create unique index "payment_external_transaction_unique" on "payment" ("company_id", "method", "external_transaction_id") where "external_transaction_id" is not null',
})
@Index({ name: 'payment_unit_index', properties: ['companyId', 'unitId', 'receivedAt'] })
export class Payment {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  receiptNumber!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text' })
  communityId!: string;

  @Property({ type: 'uuid' })
  unitId!: string;

  /** Absent for a payment of the unit's bills without a payer, named by `payerName` (decision 0345). */
  @Property({ type: 'uuid', nullable: true })
  payerPersonId?: string;

  @Property({ type: 'text', nullable: true })
  payerName?: string;

  @Property({ type: 'text' })
  method!: PaymentMethod;

  @Property({ type: new BigIntType('bigint') })
  amountFen!: bigint;

  /** What became the payer's credit balance. */
  @Property({ type: new BigIntType('bigint') })
  creditFen!: bigint;

  @Property({ type: 'text', nullable: true })
  externalTransactionId?: string;

  @Property({ type: 'text' })
  status!: PaymentStatus;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  receivedAt!: Date;

  @Property({ type: 'text', nullable: true })
  note?: string;

  @Property({ type: 'text', nullable: true })
  reversalReason?: string;

  @Property({ type: 'text' })
  recordedById!: string;

  @Property({ type: 'text' })
  recordedByName!: string;

  @Property({ type: 'integer', version: true })
  version!: number;
}
