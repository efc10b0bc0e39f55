import { Migration } from '@mikro-orm/migrations';

/** BIL-1, decision 0243: a unit's meter read for a month, billed once. */
export class Migration20261216100000_MeterReadings extends Migration {
  override up(): void {
    this.addSql(
      `create table "meter_reading" ("id" uuid not null, "company_id" text not null, "community_id" text not null, "unit_id" uuid not null, "item_code" text not null, "period" text not null, "previous_reading" bigint not null, "reading" bigint not null, "rate_fen" bigint not null, "amount_fen" bigint not null, "meter_replaced" boolean not null, "revision" int not null, "bills_issued" int not null, "note" text null, "recorded_at" timestamptz not null, "recorded_by_id" text not null, "recorded_by_name" text not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "meter_reading" add constraint "meter_reading_unit_item_period_unique" unique ("company_id", "unit_id", "item_code", "period");`,
    );
    // A month's reading sheet of a community (the list route).
    this.addSql(
      `create index "meter_reading_community_period_index" on "meter_reading" ("company_id", "community_id", "period");`,
    );
  }
}
