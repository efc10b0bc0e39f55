import { BigIntType } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { BillingRunStatus } from '@pcs/contracts';
import { CommunityScoped } from '@pcs/platform';

/**
 * BIL-2: one run per community and month. Chunks of units are billed in their own transactions with
 * this row locked, and `lastUnitId` moves with each committed chunk: a second instance waits and
 * carries on after it, a killed run resumes where its last chunk committed.
 */
@Entity({ tableName: 'billing_run' })
@CommunityScoped()
@Unique({
  name: 'billing_run_company_id_community_id_period_unique',
  properties: ['companyId', 'communityId', 'period'],
})
export class BillingRun {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text' })
  communityId!: string;

  @Property({ type: 'text' })
  period!: string;

  @Property({ type: 'text' })
  status!: BillingRunStatus;

  @Property({ type: 'uuid', nullable: true })
  lastUnitId?: string;

  @Property({ type: 'integer' })
  billsIssued!: number;

  @Property({ type: new BigIntType('bigint') })
  totalFen!: bigint;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  startedAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  completedAt?: Date;
}
