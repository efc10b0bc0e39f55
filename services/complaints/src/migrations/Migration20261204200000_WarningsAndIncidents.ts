import { Migration } from '@mikro-orm/migrations';

/**
 * CMP-11, CMP-15, DESK-3: early warnings (one open per building and category), a community's own
 * threshold, incidents, the calls the telephony system reports, and on the register the warning that counted an entry, its incident and when closing the
 * incident resolved it. The window index serves the count each registration with a category makes.
 */
export class Migration20261204200000_WarningsAndIncidents extends Migration {
  override up(): void {
    this.addSql(
      `create table "early_warning" ("id" uuid not null, "company_id" text not null, "community_id" text not null, "building_id" uuid not null, "category" text not null, "status" text not null, "threshold" int not null, "window_days" int not null, "complaints" jsonb not null, "raised_at" timestamptz not null, "incident_id" uuid null, "actions" jsonb not null, "closed_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(
      `create unique index "early_warning_open_unique" on "early_warning" ("company_id", "building_id", "category") where "status" = 'open';`,
    );
    this.addSql(
      `create index "early_warning_list_index" on "early_warning" ("company_id", "community_id", "id" desc);`,
    );
    this.addSql(
      `create table "early_warning_rule" ("company_id" text not null, "community_id" text not null, "threshold" int not null, "window_days" int not null, "updated_at" timestamptz not null, primary key ("company_id", "community_id"));`,
    );
    this.addSql(
      `create table "incident" ("id" uuid not null, "number" text not null, "company_id" text not null, "community_id" text not null, "building_ids" jsonb not null, "whole_community" boolean not null, "cause" text not null, "title" text not null, "description" text not null, "notice" text not null, "expected_end_at" timestamptz null, "status" text not null, "warning_id" uuid null, "household_count" int not null, "complaint_count" int not null, "resolved_complaint_count" int not null, "opened_at" timestamptz not null, "opened_by_id" text not null, "opened_by_name" text not null, "closed_at" timestamptz null, "closed_by_id" text null, "closed_by_name" text null, "measures" text null, "result" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(
      `create index "incident_active_index" on "incident" ("company_id", "community_id") where "status" = 'active';`,
    );
    this.addSql(
      `create index "incident_list_index" on "incident" ("company_id", "community_id", "id" desc);`,
    );
    this.addSql(
      `alter table "incident" add constraint "incident_company_id_number_unique" unique ("company_id", "number");`,
    );
    this.addSql(
      `alter table "complaint" add "warning_id" uuid null, add "incident_id" uuid null, add "incident_resolved_at" timestamptz null;`,
    );
    this.addSql(
      `create index "complaint_incident_index" on "complaint" ("incident_id") where "incident_id" is not null;`,
    );
    this.addSql(
      `create index "complaint_warning_window_index" on "complaint" ("company_id", "building_id", "category", "received_at") where "kind" = 'complaint' and "building_id" is not null and "category" is not null;`,
    );
    this.addSql(
      `create table "incoming_call" ("id" uuid not null, "company_id" text not null, "community_id" text not null, "call_id" text not null, "phone" text not null, "line" text null, "received_at" timestamptz not null, "status" text not null, "taken_by_id" text null, "taken_by_name" text null, "taken_at" timestamptz null, "created_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(
      `create index "incoming_call_list_index" on "incoming_call" ("company_id", "community_id", "id" desc);`,
    );
    this.addSql(
      `alter table "incoming_call" add constraint "incoming_call_company_id_call_id_unique" unique ("company_id", "call_id");`,
    );
  }

  override down(): void {
    this.addSql(`drop index if exists "complaint_incident_index";`);
    this.addSql(`drop index if exists "complaint_warning_window_index";`);
    this.addSql(
      `alter table "complaint" drop column if exists "warning_id", drop column if exists "incident_id", drop column if exists "incident_resolved_at";`,
    );
    this.addSql(
      `drop table if exists "early_warning", "early_warning_rule", "incident", "incoming_call" cascade;`,
    );
  }
}
