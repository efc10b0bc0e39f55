import { Migration } from '@mikro-orm/migrations';

/** The GEN-3 archive table (`RecordHistory`) with its append-only trigger. */
export class Migration20261124000000_RecordHistory extends Migration {
  override up(): void {
    this.addSql(
      `create table "record_history" ("id" uuid not null, "company_id" text not null, "community_id" text not null, "record_type" text not null, "record_id" text not null, "action" text not null, "actor_id" text not null, "actor_name" text not null, "at" timestamptz not null, "changes" jsonb null, "reason" text null, "corrects" uuid null, primary key ("id"));`,
    );
    this.addSql(
      `create index "record_history_record_type_record_id_at_index" on "record_history" ("record_type", "record_id", "at");`,
    );
    this.addSql(
      `create or replace function "record_history_record_history_append_only_fn"() returns trigger as $$ begin raise exception 'table % is append-only', tg_table_name using errcode = 'insufficient_privilege'; end; $$ language plpgsql;`,
    );
    this.addSql(
      `create trigger "record_history_append_only" BEFORE UPDATE OR DELETE on "record_history" for each ROW execute function "record_history_record_history_append_only_fn"();`,
    );
  }

  override down(): void {
    this.addSql(`drop table if exists "record_history" cascade;`);
    this.addSql(`drop function if exists "record_history_record_history_append_only_fn"();`);
  }
}
