import { Migration } from '@mikro-orm/migrations';

/** MNT-12: proactive visits after handover and fit-out, and each community's first-year equipment report. */
export class Migration20261206100000_ProactiveVisits extends Migration {
  override up(): void {
    this.addSql(`create table "proactive_visit" (
      "id" uuid not null, "company_id" text not null, "community_id" text not null, "unit_id" uuid not null,
      "person_id" uuid not null, "trigger" text not null, "source_key" text not null, "started_on" date not null,
      "kind" text not null, "window_start" date not null, "due_on" date not null, "status" text not null,
      "exemption" text null, "method" text null, "satisfaction" text null, "findings" text null,
      "visited_at" timestamptz null, "visited_by" jsonb null, "created_at" timestamptz not null,
      primary key ("id"));`);
    this.addSql(
      `alter table "proactive_visit" add constraint "proactive_visit_company_id_unit_id_source_key_kind_unique" unique ("company_id", "unit_id", "source_key", "kind");`,
    );
    this.addSql(
      `create index "proactive_visit_due_index" on "proactive_visit" ("company_id", "community_id", "status", "due_on");`,
    );
    this.addSql(`create table "equipment_report" (
      "id" uuid not null, "company_id" text not null, "community_id" text not null,
      "first_handover_on" date not null, "due_on" date not null, "status" text not null, "summary" text null,
      "fault_count" int null, "submitted_at" timestamptz null, "submitted_by" jsonb null,
      primary key ("id"));`);
    this.addSql(
      `alter table "equipment_report" add constraint "equipment_report_company_id_community_id_unique" unique ("company_id", "community_id");`,
    );
  }

  override down(): void {
    this.addSql(`drop table if exists "equipment_report";`);
    this.addSql(`drop table if exists "proactive_visit";`);
  }
}
