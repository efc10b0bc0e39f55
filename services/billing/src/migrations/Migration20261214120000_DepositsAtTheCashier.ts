import { Migration } from '@mikro-orm/migrations';

/** BIL-8, decision 0207: a deposit received at the cashier keeps how it was paid in. */
export class Migration20261214120000_DepositsAtTheCashier extends Migration {
  override up(): void {
    this.addSql(
      `alter table "deposit" add column "method" text null, add column "external_transaction_id" text null;`,
    );
    this.addSql(
      `create unique index "deposit_external_transaction_unique" on "deposit" ("company_id", "method", "external_transaction_id") where "external_transaction_id" is not null;`,
    );
  }
}
