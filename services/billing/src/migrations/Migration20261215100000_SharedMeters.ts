import { Migration } from '@mikro-orm/migrations';

/** BIL-3, decision 0238: a shared meter's month, apportioned once. */
export class Migration20261215100000_SharedMeters extends Migration {
  override up(): void {
    this.addSql(
      `create table "shared_meter_apportionment" ("id" uuid not null, "company_id" text not null, "community_id" text not null, "meter_code" text not null, "period" text not null, "utility" text not null, "basis" text not null, "amount_fen" bigint not null, "units" jsonb not null, "parts" jsonb not null, "bills_issued" int not null, "note" text null, "apportioned_at" timestamptz not null, "apportioned_by_id" text not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "shared_meter_apportionment" add constraint "shared_meter_apportionment_meter_period_unique" unique ("company_id", "community_id", "meter_code", "period");`,
    );
  }
}
