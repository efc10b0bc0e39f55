import { Migration } from '@mikro-orm/migrations';

/**
 * BIL-1, BIL-2, BIL-4, BIL-13: periodic fee items with their late-fee terms (their dated rates are
 * `fee_rate` rows), one billing run per community and month with the cursor of its last committed
 * chunk, the replica of residents' units and owners the run bills from (keyset on the unit id within
 * a community), and the reminders sent, once per bill and stage.
 */
export class Migration20261211100000_BillingRuns extends Migration {
  override up(): void {
    this.addSql(
      `create table "bill_reminder" ("id" uuid not null, "company_id" text not null, "bill_id" uuid not null, "stage" text not null, "as_of" date not null, "sent_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "bill_reminder" add constraint "bill_reminder_bill_id_stage_unique" unique ("bill_id", "stage");`,
    );
    this.addSql(
      `create table "billing_run" ("id" uuid not null, "company_id" text not null, "community_id" text not null, "period" text not null, "status" text not null, "last_unit_id" uuid null, "bills_issued" int not null, "total_fen" bigint not null, "started_at" timestamptz not null, "completed_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "billing_run" add constraint "billing_run_company_id_community_id_period_unique" unique ("company_id", "community_id", "period");`,
    );
    this.addSql(
      `create table "fee_item" ("id" uuid not null, "company_id" text not null, "code" text not null, "name" text not null, "basis" text not null, "unit_types" jsonb null, "late_fee" jsonb null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "fee_item" add constraint "fee_item_company_id_code_unique" unique ("company_id", "code");`,
    );
    this.addSql(
      `create table "occupancy_replica" ("occupancy_id" uuid not null, "company_id" text not null, "unit_id" uuid not null, "person_id" uuid not null, "role" text not null, "start_date" date null, "end_date" date null, primary key ("occupancy_id"));`,
    );
    this.addSql(`create index "occupancy_replica_unit_index" on "occupancy_replica" ("unit_id", "role");`);
    this.addSql(
      `create table "unit_replica" ("unit_id" uuid not null, "company_id" text not null, "community_id" text not null, "label" text not null, "type" text not null, "gross_area_centi_m2" int not null, primary key ("unit_id"));`,
    );
    this.addSql(
      `create index "unit_replica_community_index" on "unit_replica" ("company_id", "community_id", "unit_id");`,
    );
  }

  override down(): void {
    this.addSql(
      `drop table if exists "billing_run", "fee_item", "occupancy_replica", "unit_replica" cascade;`,
    );
  }
}
