import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { CompanyScoped } from '@pcs/platform';
import type { AccountKind } from './account-kind.js';

/**
 * BIL-12: a ledger account. It holds no balance: its balance is the sum of its entries. `key` names
 * what the account is for within the company (`receivable:<unit>:<payer>`), so concurrent first
 * postings open it once.
 */
@Entity({ tableName: 'account' })
@CompanyScoped()
@Unique({ name: 'account_company_id_key_unique', properties: ['companyId', 'key'] })
@Index({ name: 'account_unit_index', properties: ['companyId', 'unitId'] })
export class Account {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text', nullable: true })
  communityId?: string;

  @Property({ type: 'text' })
  kind!: AccountKind;

  @Property({ type: 'text' })
  key!: string;

  @Property({ type: 'uuid', nullable: true })
  unitId?: string;

  @Property({ type: 'uuid', nullable: true })
  personId?: string;

  /** The deposit, contractor or team the account is for. */
  @Property({ type: 'uuid', nullable: true })
  partyId?: string;

  @Property({ type: 'text' })
  label!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;
}
