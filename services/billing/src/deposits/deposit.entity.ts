import { BigIntType } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { DepositKind, DepositStatus } from '@pcs/contracts';
import { CommunityScoped } from '@pcs/platform';

/**
 * BIL-8: a deposit held per unit and payer. Its balance is its ledger account's (never below zero);
 * the amounts here follow each movement in the same transaction, for reading.
 */
@Entity({ tableName: 'deposit' })
@CommunityScoped()
@Index({ name: 'deposit_unit_index', properties: ['companyId', 'unitId'] })
@Index({ name: 'deposit_reference_index', properties: ['referenceId'] })
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

  /** BIL-9: 90 days after the passed completion inspection. */
  @Property({ type: 'date', nullable: true })
  refundableFrom?: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'integer', version: true })
  version!: number;
}
