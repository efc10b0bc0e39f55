import { Migration } from '@mikro-orm/migrations';

/**
 * CMP-12: typical cases marked for training (decision 0145); report subscriptions and the reports
 * produced for them, one per subscription and period (decision 0147).
 */
export class Migration20261205300000_ComplaintReports extends Migration {
  override up(): void {
    this.addSql(
      `create table "typical_case" ("complaint_id" uuid not null, "company_id" text not null, "community_id" text not null, "reason" text not null, "marked_by_id" text not null, "marked_by_name" text not null, "marked_at" timestamptz not null, primary key ("complaint_id"));`,
    );
    this.addSql(
      `create index "typical_case_marked_index" on "typical_case" ("company_id", "community_id", "marked_at");`,
    );
    this.addSql(
      `create table "report_subscription" ("id" uuid not null, "company_id" text not null, "community_id" text not null, "kind" text not null, "schedule" text not null, "format" text not null, "created_by_id" text not null, "created_by_name" text not null, "created_at" timestamptz not null, "cancelled_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(
      `create unique index "report_subscription_active_unique" on "report_subscription" ("company_id", "community_id", "kind", "schedule", "format") where "cancelled_at" is null;`,
    );
    this.addSql(
      `create table "report_delivery" ("id" uuid not null, "company_id" text not null, "community_id" text not null, "subscription_id" uuid not null, "kind" text not null, "schedule" text not null, "format" text not null, "period" text not null, "snapshot" jsonb not null, "produced_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "report_delivery" add constraint "report_delivery_subscription_id_period_unique" unique ("subscription_id", "period");`,
    );
  }
}
