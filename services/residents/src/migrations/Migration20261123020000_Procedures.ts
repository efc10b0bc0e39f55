import { Migration } from '@mikro-orm/migrations';

/** RES-4, RES-5, RES-6: move-in, decoration and move-out, and the charge requests sent to billing. */
export class Migration20261123020000_Procedures extends Migration {
  override up(): void {
    this.addSql(
      `create table "charge_request" ("id" uuid not null, "company_id" text not null, "community_id" text not null, "unit_id" uuid not null, "purpose" text not null, "reference_kind" text not null, "reference_id" uuid not null, "payer_person_id" uuid not null, "items" jsonb not null, "status" text not null, "settled_at" timestamptz null, "raised_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(
      `create index "charge_request_reference_kind_reference_id_index" on "charge_request" ("reference_kind", "reference_id");`,
    );
    this.addSql(
      `create table "decoration" ("id" uuid not null, "number" text not null, "company_id" text not null, "community_id" text not null, "unit_id" uuid not null, "applicant_person_id" uuid not null, "status" text not null, "scope" text not null, "contractor" jsonb not null, "schedule_start_date" date not null, "schedule_end_date" date not null, "workers" jsonb not null, "drawings" jsonb not null, "charge_request_id" uuid null, "fees_paid" boolean not null, "rejection_reasons" jsonb null, "patrol_findings" jsonb not null, "inspections" jsonb not null, "passes_valid_until" date null, "unit_status_before" text null, "inspection_passed_at" timestamptz null, "deposit_refundable_from" date null, "cancel_reason" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(`create index "decoration_unit_id_status_index" on "decoration" ("unit_id", "status");`);
    this.addSql(
      `create index "decoration_company_id_community_id_status_index" on "decoration" ("company_id", "community_id", "status");`,
    );
    this.addSql(
      `alter table "decoration" add constraint "decoration_company_id_number_unique" unique ("company_id", "number");`,
    );
    this.addSql(
      `create table "move_in" ("id" uuid not null, "company_id" text not null, "community_id" text not null, "unit_id" uuid not null, "owner_person_ids" jsonb not null, "planned_date" date not null, "status" text not null, "handbook_acknowledged" boolean not null, "decoration_rules_acknowledged" boolean not null, "keys" jsonb not null, "charge_request_id" uuid not null, "moved_in_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(`create index "move_in_unit_id_status_index" on "move_in" ("unit_id", "status");`);
    this.addSql(
      `create table "move_out" ("id" uuid not null, "company_id" text not null, "community_id" text not null, "unit_id" uuid not null, "occupancy_ids" jsonb not null, "person_ids" jsonb not null, "move_out_date" date not null, "reason" text not null, "status" text not null, "inspected_at" timestamptz null, "damages" jsonb not null, "damage_charge_request_id" uuid null, "completed_at" timestamptz null, "unit_status_after" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(`create index "move_out_unit_id_status_index" on "move_out" ("unit_id", "status");`);
  }

  override down(): void {
    this.addSql(`drop table if exists "move_out", "move_in", "decoration", "charge_request" cascade;`);
  }
}
