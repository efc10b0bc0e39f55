import { Migration } from '@mikro-orm/migrations';

/**
 * BIL-13, decision 0346: a periodic or metered line keeps the late-fee terms in force when it was
 * issued. Lines issued before this knew only their item's terms now, so they take those.
 */
export class Migration20261218110000_LateFeeTermsAtIssue extends Migration {
  override up(): void {
    this.addSql(`alter table "bill_line" add column "late_fee" jsonb null;`);
    this.addSql(
      `update "bill_line" l set "late_fee" = i."late_fee"
       from "bill" b, "fee_item" i
       where l."bill_id" = b."id" and b."source" in ('periodic', 'metered')
         and i."company_id" = b."company_id" and i."code" = l."item_code" and i."late_fee" is not null;`,
    );
  }
}
