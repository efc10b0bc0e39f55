import { BigIntType } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { BillSource, BillStatus } from '@pcs/contracts';
import { CommunityScoped } from '@pcs/platform';

/**
 * A bill (账单): issued once per source key (a charge request, a work order), never edited (BIL-6).
 * `paidFen` and `creditedFen` follow its allocations and credit notes in the same transaction.
 */
@Entity({ tableName: 'bill' })
@CommunityScoped()
@Unique({
  name: 'bill_company_id_source_source_key_unique',
  properties: ['companyId', 'source', 'sourceKey'],
})
@Index({ name: 'bill_unit_index', properties: ['companyId', 'unitId', 'status', 'dueDate'] })
@Index({ name: 'bill_charge_request_index', properties: ['chargeRequestId'] })
export class Bill {
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

  /** Absent: the unit's bill, paid by whoever pays for the unit. */
  @Property({ type: 'uuid', nullable: true })
  payerPersonId?: string;

  @Property({ type: 'text' })
  source!: BillSource;

  /** What the bill is for, unique per source: billed once however often it is asked for. */
  @Property({ type: 'text' })
  sourceKey!: string;

  @Property({ type: 'uuid', nullable: true })
  chargeRequestId?: string;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: new BigIntType('bigint') })
  amountFen!: bigint;

  @Property({ type: new BigIntType('bigint') })
  paidFen!: bigint;

  @Property({ type: new BigIntType('bigint') })
  creditedFen!: bigint;

  @Property({ type: 'text' })
  status!: BillStatus;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  issuedAt!: Date;

  @Property({ type: 'date' })
  dueDate!: string;

  @Property({ type: 'integer', version: true })
  version!: number;
}
