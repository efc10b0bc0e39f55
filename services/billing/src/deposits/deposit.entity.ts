import { BigIntType } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { DepositKind, DepositStatus, PaymentMethod } from '@pcs/contracts';
import { CommunityScoped } from '@pcs/platform';

/**
 * BIL-8: a deposit held per unit and payer. Its balance is its ledger account's (never below zero);
 * the amounts here follow each movement in the same transaction, for reading.
 */
@Entity({ tableName: 'deposit' })
@CommunityScoped()
@Index({ name: 'deposit_unit_index', properties: ['companyId', 'unitId'] })
@Index({ name: 'deposit_reference_index', properties: ['referenceId'] })
@Index({
  name: 'deposit_external_transaction_unique',
  properties: ['companyId', 'method', 'externalTransactionId'],
  expression:
    'create unique index "deposit_external_transaction_unique" on "deposit" ("company_id", "method", "external_transaction_id") where "external_transaction_id" is not null',
})
export class Deposit {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  number!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text' })
  communityId!: string;

  @Property({ type: 'uuid' })
  unitId!: string;

  @Property({ type: 'uuid' })
  payerPersonId!: string;

  @Property({ type: 'text' })
  kind!: DepositKind;

  /** The decoration or move-in the deposit was asked for. */
  @Property({ type: 'uuid', nullable: true })
  referenceId?: string;

  @Property({ type: new BigIntType('bigint') })
  requiredFen!: bigint;

  @Property({ type: new BigIntType('bigint') })
  receivedFen!: bigint;

  @Property({ type: new BigIntType('bigint') })
  deductedFen!: bigint;

  @Property({ type: new BigIntType('bigint') })
  refundedFen!: bigint;

  @Property({ type: 'text' })
  status!: DepositStatus;

  /**
   * How a deposit received at the cashier was paid in, with the transaction id that makes a second
   * entry of the same transfer receive nothing (decision 0207). Empty for one paid through its bill.
   */
  @Property({ type: 'text', nullable: true })
  method?: PaymentMethod;

  @Property({ type: 'text', nullable: true })
  externalTransactionId?: string;

  /** BIL-9: 90 days after the passed completion inspection. */
  @Property({ type: 'date', nullable: true })
  refundableFrom?: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'integer', version: true })
  version!: number;
}
