import { Migration } from '@mikro-orm/migrations';

/**
 * BIL-10, decision 0394: the name each contractor's quality deposit is held under, as its first
 * receipt gave it. Contractors received from before take the name of their first receipt, as its
 * ledger description recorded it (`<name> 工程质量保证金[：<note>]`).
 */
export class Migration20261219130000_QualityDepositNames extends Migration {
  override up(): void {
    this.addSql(
      `create table "quality_deposit_contractor" ("id" uuid not null, "company_id" text not null, "contractor_id" uuid not null, "name" text not null, "recorded_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "quality_deposit_contractor" add constraint "quality_deposit_contractor_company_id_contractor_id_unique" unique ("company_id", "contractor_id");`,
    );
    this.addSql(
      `insert into "quality_deposit_contractor" ("id", "company_id", "contractor_id", "name", "recorded_at")
       select gen_random_uuid(), r."company_id", r."reference_id", r."name", r."posted_at"
       from (select distinct on (t."company_id", t."reference_id") t."company_id", t."reference_id", t."posted_at",
                    coalesce(nullif(btrim(substring(t."description" from '^(.*?) 工程质量保证金')), ''), t."description") as "name"
             from "ledger_transaction" t
             where t."kind" = 'quality-deposit-received' and t."reference_id" is not null
             order by t."company_id", t."reference_id", t."posted_at", t."id") r;`,
    );
  }
}
