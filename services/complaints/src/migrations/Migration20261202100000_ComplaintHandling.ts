import { Migration } from '@mikro-orm/migrations';

/**
 * CMP-2 … CMP-10, CMP-14, CMP-16: routing, resolution, return visits and merging on the register entry;
 * its clocks in `complaint_deadline`; the unit and resident-preference replicas. The indexes serve the
 * lists staff open all day (decision 0081): newest first per community and status, a handler's queue,
 * the overdue list and the return-visit queue, each by keyset on the id, never by OFFSET.
 */
export class Migration20261202100000_ComplaintHandling extends Migration {
  override up(): void {
    this.addSql(`alter table "complaint"
      add column "phone_digits" text null,
      add column "person_id" uuid null,
      add column "building_id" uuid null,
      add column "department" text null,
      add column "handler_id" text null,
      add column "handler_name" text null,
      add column "assigned_at" timestamptz null,
      add column "acknowledged_at" timestamptz null,
      add column "promised_at" timestamptz null,
      add column "feedback" text null,
      add column "feedback_at" timestamptz null,
      add column "escalation_level" int not null default 0,
      add column "major" boolean not null default false,
      add column "major_reasons" jsonb null,
      add column "meeting" jsonb null,
      add column "paused" boolean not null default false,
      add column "pause_reason" text null,
      add column "measures" text null,
      add column "result" text null,
      add column "resolved_at" timestamptz null,
      add column "explanation" text null,
      add column "sign_offs" jsonb not null default '[]',
      add column "return_visit_status" text not null default 'not-due',
      add column "return_visit_attempts" int not null default 0,
      add column "return_visit_exemption" text null,
      add column "satisfaction" text null,
      add column "visited_at" timestamptz null,
      add column "reopen_count" int not null default 0,
      add column "answer" text null,
      add column "answered_at" timestamptz null,
      add column "closed_at" timestamptz null,
      add column "merged_into_id" uuid null,
      add column "repair_requested" boolean not null default false,
      add column "repair_status" text null,
      add column "overdue_since" timestamptz null;`);
    this.addSql(
      `update "complaint" set "phone_digits" = regexp_replace("customer_phone", '\\D', '', 'g') where "customer_phone" is not null;`,
    );
    this.addSql(
      `create index "complaint_list_index" on "complaint" ("company_id", "community_id", "id" desc);`,
    );
    this.addSql(
      `create index "complaint_status_index" on "complaint" ("company_id", "community_id", "status", "id" desc);`,
    );
    this.addSql(
      `create index "complaint_handler_index" on "complaint" ("company_id", "handler_id", "id" desc) where "handler_id" is not null;`,
    );
    this.addSql(
      `create index "complaint_phone_index" on "complaint" ("company_id", "phone_digits", "id" desc) where "phone_digits" is not null;`,
    );
    this.addSql(
      `create index "complaint_unit_index" on "complaint" ("company_id", "unit_id", "id" desc) where "unit_id" is not null;`,
    );
    this.addSql(
      `create index "complaint_building_index" on "complaint" ("company_id", "building_id", "id" desc) where "building_id" is not null;`,
    );
    this.addSql(
      `create index "complaint_overdue_index" on "complaint" ("company_id", "community_id", "id" desc) where "overdue_since" is not null;`,
    );
    this.addSql(
      `create index "complaint_visit_queue_index" on "complaint" ("company_id", "community_id", "id") where "return_visit_status" = 'due';`,
    );
    this.addSql(
      `create index "complaint_merged_into_index" on "complaint" ("merged_into_id") where "merged_into_id" is not null;`,
    );

    this.addSql(
      `create table "complaint_deadline" ("id" uuid not null, "company_id" text not null, "community_id" text not null, "complaint_id" uuid not null, "kind" text not null, "level" int not null, "rule" jsonb not null, "pauses" jsonb not null, "opened_at" timestamptz not null, "due_at" timestamptz not null, "warn_at" timestamptz not null, "paused_since" timestamptz null, "warned_at" timestamptz null, "escalated_at" timestamptz null, "met_at" timestamptz null, "cancelled_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(
      `create index "complaint_deadline_complaint_index" on "complaint_deadline" ("complaint_id");`,
    );
    // One open clock per kind and level: a second scheduler can never open the same escalation twice.
    this.addSql(
      `create unique index "complaint_deadline_open_unique" on "complaint_deadline" ("complaint_id", "kind", "level") where "met_at" is null and "cancelled_at" is null;`,
    );
    this.addSql(
      `create index "complaint_deadline_due_index" on "complaint_deadline" ("due_at") where "met_at" is null and "cancelled_at" is null and "escalated_at" is null and "paused_since" is null;`,
    );
    this.addSql(
      `create index "complaint_deadline_warn_index" on "complaint_deadline" ("warn_at") where "met_at" is null and "cancelled_at" is null and "warned_at" is null and "paused_since" is null;`,
    );
    this.addSql(
      `create index "complaint_deadline_company_open_index" on "complaint_deadline" ("company_id") where "met_at" is null and "cancelled_at" is null;`,
    );

    this.addSql(
      `create table "unit_replica" ("unit_id" uuid not null, "company_id" text not null, "community_id" text not null, "building_id" uuid not null, "label" text not null, primary key ("unit_id"));`,
    );
    this.addSql(
      `create table "resident_preference" ("company_id" text not null, "person_id" uuid not null, "refuse_return_visits" boolean not null, "preferred_channel" text not null, "version" int not null, primary key ("company_id", "person_id"));`,
    );
  }

  override down(): void {
    this.addSql(`drop table if exists "complaint_deadline", "unit_replica", "resident_preference" cascade;`);
  }
}
