import { BigIntType } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { appendOnlyTrigger, CompanyScoped } from '@pcs/platform';

/** BIL-12: one side of a movement, in signed fen (debit positive). Append-only. */
@Entity({ tableName: 'ledger_entry', triggers: [appendOnlyTrigger('ledger_entry')] })
@CompanyScoped()
@Index({ name: 'ledger_entry_account_index', properties: ['accountId'] })
@Index({ name: 'ledger_entry_transaction_index', properties: ['transactionId'] })
export class LedgerEntry {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'uuid' })
  transactionId!: string;

  @Property({ type: 'uuid' })
  accountId!: string;

  @Property({ type: new BigIntType('bigint') })
  amountFen!: bigint;
}
