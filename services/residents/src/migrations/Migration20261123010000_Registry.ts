import { Migration } from '@mikro-orm/migrations';

/**
 * The registry's own tables: the personal-data access log (GEN-4, append-only), file access requests
 * (RES-8), the company calendar and its revisions (GEN-1, append-only), handover inspections (RES-3).
 */
export class Migration20261123010000_Registry extends Migration {
  override up(): void {
    this.addSql(
      `create table "calendar_year" ("company_id" text not null, "year" int not null, "holidays" jsonb not null, "make_up_workdays" jsonb not null, "version" int not null, "updated_by_id" text null, "updated_by_name" text null, "updated_at" timestamptz not null, primary key ("company_id", "year"));`,
    );
    this.addSql(
      `create table "calendar_year_revision" ("id" uuid not null, "company_id" text not null, "year" int not null, "version" int not null, "holidays" jsonb not null, "make_up_workdays" jsonb not null, "actor_id" text not null, "actor_name" text not null, "at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "calendar_year_revision_company_id_year_version_index" on "calendar_year_revision" ("company_id", "year", "version");`,
    );
    this.addSql(
      `create table "file_access_request" ("id" uuid not null, "company_id" text not null, "community_id" text not null, "person_id" uuid not null, "purpose" text not null, "reason" text not null, "status" text not null, "requested_by_id" text not null, "requested_by_name" text not null, "requested_at" timestamptz not null, "decided_by_id" text null, "decided_by_name" text null, "decided_at" timestamptz null, "comment" text null, "valid_until" timestamptz null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(
      `create index "file_access_request_company_id_community_id_status_index" on "file_access_request" ("company_id", "community_id", "status");`,
    );
    this.addSql(
      `create table "handover_inspection" ("id" uuid not null, "company_id" text not null, "community_id" text not null, "unit_id" uuid not null, "owner_person_id" uuid not null, "inspected_at" timestamptz not null, "inspected_by_id" text not null, "inspected_by_name" text not null, "handover_date" date not null, "defects" jsonb not null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "handover_inspection_unit_id_index" on "handover_inspection" ("unit_id");`);
    this.addSql(
      `create table "personal_data_access" ("id" uuid not null, "company_id" text not null, "community_id" text not null, "person_id" uuid not null, "person_name" text not null, "actor_id" text not null, "actor_name" text not null, "actor_roles" jsonb not null, "kind" text not null, "reason" text not null, "fields" jsonb not null, "file_access_request_id" uuid null, "at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "personal_data_access_company_id_actor_id_index" on "personal_data_access" ("company_id", "actor_id");`,
    );
    this.addSql(
      `create index "personal_data_access_company_id_person_id_index" on "personal_data_access" ("company_id", "person_id");`,
    );
    this.addSql(
      `create or replace function "calendar_year_revision_calendar_year_revision_append_only_fn"() returns trigger as $$ begin raise exception 'table % is append-only', tg_table_name using errcode = 'insufficient_privilege'; end; $$ language plpgsql;`,
    );
    this.addSql(
      `create trigger "calendar_year_revision_append_only" BEFORE UPDATE OR DELETE on "calendar_year_revision" for each ROW execute function "calendar_year_revision_calendar_year_revision_append_only_fn"();`,
    );
    this.addSql(
      `create or replace function "personal_data_access_personal_data_access_append_only_fn"() returns trigger as $$ begin raise exception 'table % is append-only', tg_table_name using errcode = 'insufficient_privilege'; end; $$ language plpgsql;`,
    );
    this.addSql(
      `create trigger "personal_data_access_append_only" BEFORE UPDATE OR DELETE on "personal_data_access" for each ROW execute function "personal_data_access_personal_data_access_append_only_fn"();`,
    );
  }

  override down(): void {
    this.addSql(
      `drop table if exists "personal_data_access", "handover_inspection", "file_access_request", "calendar_year_revision", "calendar_year" cascade;`,
    );
    this.addSql(`drop function if exists "calendar_year_revision_calendar_year_revision_append_only_fn"();`);
    this.addSql(`drop function if exists "personal_data_access_personal_data_access_append_only_fn"();`);
  }
}
