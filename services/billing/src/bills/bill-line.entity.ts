import { BigIntType } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { LateFeeTermsV1 } from '@pcs/contracts';
import { CompanyScoped } from '@pcs/platform';

/** A line of a bill; a deposit line's payments are held in its deposit (BIL-8), not income. */
@Entity({ tableName: 'bill_line' })
@CompanyScoped()
@Index({ name: 'bill_line_bill_index', properties: ['billId', 'lineNo'] })
export class BillLine {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'uuid' })
  billId!: string;

  @Property({ type: 'integer' })
  lineNo!: number;

  @Property({ type: 'text' })
  itemCode!: string;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: new BigIntType('bigint') })
  amountFen!: bigint;

  @Property({ type: new BigIntType('bigint') })
  paidFen!: bigint;

  @Property({ type: new BigIntType('bigint') })
  creditedFen!: bigint;

  @Property({ type: 'uuid', nullable: true })
  depositId?: string;

  /** BIL-13, decision 0346: the item's late-fee terms when the line was issued; none, no late fee. */
  @Property({ type: 'json', columnType: 'jsonb', nullable: true })
  lateFee?: LateFeeTermsV1;
}
