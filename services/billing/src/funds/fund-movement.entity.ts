import { BigIntType } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { CompanyScoped } from '@pcs/platform';

/**
 * MNT-13, BIL-10: a draw on a team's revolving fund or a deduction from a contractor's quality
 * deposit, keyed by the id its sender chose (`drawId`, `settlementId`): applied once.
 */
@Entity({ tableName: 'fund_movement' })
@CompanyScoped()
export class FundMovement {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  companyId!: string;

  /** `revolving-fund-draw`, `quality-deduction` or `quality-release` (decision 0241). */
  @Property({ type: 'text' })
  kind!: string;

  /** The team or contractor. */
  @Property({ type: 'uuid' })
  partyId!: string;

  @Property({ type: new BigIntType('bigint') })
  amountFen!: bigint;

  /** Not covered by the balance (a quality deduction above it, decision 0103). */
  @Property({ type: new BigIntType('bigint') })
  shortfallFen!: bigint;

  @Property({ type: new BigIntType('bigint') })
  balanceAfterFen!: bigint;

  @Property({ type: 'jsonb' })
  details!: Record<string, unknown>;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  at!: Date;
}
