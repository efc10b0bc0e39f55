import { Migration } from '@mikro-orm/migrations';

export class Migration20261122010000_Complaints extends Migration {
  override up(): void {
    this.addSql(
      `create table "complaint" ("id" uuid not null, "number" text not null, "company_id" text not null, "community_id" text not null, "kind" text not null, "channel" text not null, "status" text not null, "customer_anonymous" boolean not null, "customer_surname" text null, "customer_phone" text null, "unit_id" uuid null, "location" text null, "description" text not null, "demand" text not null, "category" text null, "intent" text null, "received_at" timestamptz not null, "received_by_id" text not null, "received_by_name" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(
      `create index "complaint_company_id_community_id_received_at_index" on "complaint" ("company_id", "community_id", "received_at");`,
    );
    this.addSql(
      `alter table "complaint" add constraint "complaint_company_id_number_unique" unique ("company_id", "number");`,
    );
    this.addSql(
      `create table "complaint_history" ("id" uuid not null, "complaint_id" uuid not null, "company_id" text not null, "community_id" text not null, "action" text not null, "actor_id" text not null, "actor_name" text not null, "at" timestamptz not null, "changes" jsonb null, "reason" text null, "corrects" uuid null, primary key ("id"));`,
    );
    this.addSql(
      `create index "complaint_history_complaint_id_at_index" on "complaint_history" ("complaint_id", "at");`,
    );
    this.addSql(
      `create or replace function "complaint_history_complaint_history_append_only_fn"() returns trigger as $$ begin raise exception 'table % is append-only', tg_table_name using errcode = 'insufficient_privilege'; end; $$ language plpgsql;`,
    );
    this.addSql(
      `create trigger "complaint_history_append_only" BEFORE UPDATE OR DELETE on "complaint_history" for each ROW execute function "complaint_history_complaint_history_append_only_fn"();`,
    );
  }

  override down(): void {
    this.addSql(`drop table if exists "complaint_history", "complaint" cascade;`);
    this.addSql(`drop function if exists "complaint_history_complaint_history_append_only_fn"();`);
  }
}
