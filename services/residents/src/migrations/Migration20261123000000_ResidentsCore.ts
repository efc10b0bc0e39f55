import { Migration } from '@mikro-orm/migrations';

/** The records every part of the residents service shares: structure, people, occupancy, archive. */
export class Migration20261123000000_ResidentsCore extends Migration {
  override up(): void {
    this.addSql(
      `create table "building" ("id" uuid not null, "company_id" text not null, "community_id" text not null, "code" text not null, "name" text not null, "floors_above_ground" int not null, "floors_below_ground" int not null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "building" add constraint "building_company_id_community_id_code_unique" unique ("company_id", "community_id", "code");`,
    );
    this.addSql(
      `create table "community" ("company_id" text not null, "id" text not null, "name" text not null, "kind" text not null, "province" text not null, "city" text not null, "district" text not null, "street" text not null, "time_zone" text not null, "created_at" timestamptz not null, primary key ("company_id", "id"));`,
    );
    this.addSql(
      `create table "company" ("id" text not null, "name" text not null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create table "occupancy" ("id" uuid not null, "company_id" text not null, "community_id" text not null, "unit_id" uuid not null, "person_id" uuid not null, "role" text not null, "start_date" date not null, "end_date" date null, "end_reason" text null, "created_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(`create index "occupancy_person_id_index" on "occupancy" ("person_id");`);
    this.addSql(`create index "occupancy_unit_id_end_date_index" on "occupancy" ("unit_id", "end_date");`);
    this.addSql(
      `create table "person" ("id" uuid not null, "company_id" text not null, "community_id" text not null, "name" text not null, "phone" text not null, "id_document_type" text null, "id_number" text null, "notes" text null, "refuse_return_visits" boolean not null default false, "preferred_channel" text not null default 'phone', "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(
      `create index "person_company_id_community_id_name_index" on "person" ("company_id", "community_id", "name");`,
    );
    this.addSql(
      `create index "person_company_id_community_id_phone_index" on "person" ("company_id", "community_id", "phone");`,
    );
    this.addSql(
      `create table "record_history" ("id" uuid not null, "company_id" text not null, "community_id" text not null, "record_type" text not null, "record_id" text not null, "action" text not null, "actor_id" text not null, "actor_name" text not null, "at" timestamptz not null, "changes" jsonb null, "reason" text null, "corrects" uuid null, primary key ("id"));`,
    );
    this.addSql(
      `create index "record_history_record_type_record_id_at_index" on "record_history" ("record_type", "record_id", "at");`,
    );
    this.addSql(
      `create table "unit" ("id" uuid not null, "company_id" text not null, "community_id" text not null, "building_id" uuid not null, "number" text not null, "label" text not null, "floor" int not null, "type" text not null, "gross_area_centi_m2" int not null, "handover_date" date null, "status" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(
      `create index "unit_company_id_community_id_status_index" on "unit" ("company_id", "community_id", "status");`,
    );
    this.addSql(
      `alter table "unit" add constraint "unit_building_id_number_unique" unique ("building_id", "number");`,
    );
    this.addSql(
      `create or replace function "record_history_record_history_append_only_fn"() returns trigger as $$ begin raise exception 'table % is append-only', tg_table_name using errcode = 'insufficient_privilege'; end; $$ language plpgsql;`,
    );
    this.addSql(
      `create trigger "record_history_append_only" BEFORE UPDATE OR DELETE on "record_history" for each ROW execute function "record_history_record_history_append_only_fn"();`,
    );
  }

  override down(): void {
    this.addSql(
      `drop table if exists "record_history", "occupancy", "person", "unit", "building", "community", "company" cascade;`,
    );
    this.addSql(`drop function if exists "record_history_record_history_append_only_fn"();`);
  }
}
