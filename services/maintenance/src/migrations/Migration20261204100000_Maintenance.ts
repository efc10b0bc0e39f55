import { Migration } from '@mikro-orm/migrations';

/**
 * MNT-1 … MNT-13: repair requests (one per source item: a handover defect, a register entry), work
 * orders (one live order per request), the paid-service price list, warranty overrides and the unit
 * replica with handover dates, and residents' contact preferences for return visits (MNT-10, RES-7). Lists are by keyset on the id within a community (decision 0081).
 */
export class Migration20261204100000_Maintenance extends Migration {
  override up(): void {
    this.addSql(
      `create table "resident_preference" ("company_id" text not null, "person_id" uuid not null, "refuse_return_visits" boolean not null, "preferred_channel" text not null, "version" int not null, primary key ("company_id", "person_id"));`,
    );
    this.addSql(
      `create table "paid_service_price" ("company_id" text not null, "code" text not null, "name" text not null, "unit" text not null, "price_fen" bigint not null, "updated_at" timestamptz not null, primary key ("company_id", "code"));`,
    );
    this.addSql(
      `create table "repair_request" ("id" uuid not null, "number" text not null, "company_id" text not null, "community_id" text not null, "source" text not null, "source_key" text null, "complaint_id" uuid null, "unit_id" uuid null, "location" text null, "trades" jsonb not null, "urgency" text not null, "emergency_kind" text null, "description" text not null, "person_id" uuid null, "contact_surname" text null, "contact_phone" text null, "progress" text not null, "received_at" timestamptz not null, "on_site_due_at" timestamptz null, "arrived_at" timestamptz null, "made_safe_due_at" timestamptz null, "made_safe_at" timestamptz null, "survey_due_at" timestamptz not null, "surveyed_at" timestamptz null, "survey" jsonb null, "work_order_type" text null, "work_order_id" uuid null, "overdue_since" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(
      `create index "repair_request_open_clock_index" on "repair_request" ("company_id", "id") where "overdue_since" is null and "progress" in ('accepted', 'surveyed');`,
    );
    this.addSql(
      `create index "repair_request_list_index" on "repair_request" ("company_id", "community_id", "id" desc);`,
    );
    this.addSql(
      `alter table "repair_request" add constraint "repair_request_company_id_source_source_key_unique" unique ("company_id", "source", "source_key");`,
    );
    this.addSql(
      `alter table "repair_request" add constraint "repair_request_company_id_number_unique" unique ("company_id", "number");`,
    );
    this.addSql(
      `create table "unit_replica" ("unit_id" uuid not null, "company_id" text not null, "community_id" text not null, "label" text not null, "handover_date" date null, primary key ("unit_id"));`,
    );
    this.addSql(
      `create table "warranty_period" ("company_id" text not null, "community_id" text not null, "component" text not null, "months" int not null, "updated_at" timestamptz not null, primary key ("company_id", "community_id", "component"));`,
    );
    this.addSql(
      `create table "work_order" ("id" uuid not null, "number" text not null, "company_id" text not null, "community_id" text not null, "repair_request_id" uuid not null, "repair_request_number" text not null, "unit_id" uuid null, "person_id" uuid null, "type" text not null, "status" text not null, "description" text not null, "estimate_fen" bigint not null, "paid_services" jsonb not null, "chargeable_fen" bigint not null, "approvals" jsonb not null, "requested_by_id" text not null, "requested_by_name" text not null, "contractor_id" uuid null, "executor" text null, "team_id" uuid null, "team_name" text null, "technician_id" text null, "technician_name" text null, "contractor_name" text null, "dispatched_at" timestamptz null, "due_at" timestamptz not null, "extension_consent" jsonb null, "arrived_at" timestamptz null, "work" jsonb not null, "finished_at" timestamptz null, "checks" jsonb not null, "signed_off_by" text null, "satisfaction" text null, "opinion" text null, "completed_at" timestamptz null, "settlement_id" uuid null, "final_account_fen" bigint null, "settlement_reviewer" text null, "settled_fen" bigint null, "contractor_signatory" text null, "certified_at" timestamptz null, "fund_draw" text not null default 'not-needed', "fund_draw_id" uuid null, "return_visit_status" text not null default 'not-due', "return_visit_due_at" timestamptz null, "return_visit_exemption" text null, "return_visit_method" text null, "return_visit_satisfaction" text null, "return_visit_comments" text null, "visited_at" timestamptz null, "cancelled_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(
      `create index "work_order_technician_index" on "work_order" ("company_id", "technician_id", "id" desc) where "technician_id" is not null;`,
    );
    this.addSql(
      `create index "work_order_list_index" on "work_order" ("company_id", "community_id", "id" desc);`,
    );
    this.addSql(
      `create unique index "work_order_request_unique" on "work_order" ("repair_request_id") where "status" <> 'cancelled';`,
    );
    this.addSql(
      `alter table "work_order" add constraint "work_order_company_id_number_unique" unique ("company_id", "number");`,
    );
  }
}
