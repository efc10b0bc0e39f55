import { Migration } from '@mikro-orm/migrations';

/** BIL-5, decision 0345: a unit's bills without a payer are paid by a payer named in words. */
export class Migration20261218100000_PayerlessPayments extends Migration {
  override up(): void {
    this.addSql(`alter table "payment" alter column "payer_person_id" drop not null;`);
    this.addSql(`alter table "payment" add column "payer_name" text null;`);
  }
}
