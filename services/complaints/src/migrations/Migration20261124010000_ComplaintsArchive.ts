import { Migration } from '@mikro-orm/migrations';

/**
 * Complaints keep their GEN-3 archive in the platform's `record_history` (record type `complaint`),
 * like every service: the rows of `complaint_history` move there, unchanged, and the old table goes.
 */
export class Migration20261124010000_ComplaintsArchive extends Migration {
  override up(): void {
    this
      .addSql(`insert into "record_history" ("id", "company_id", "community_id", "record_type", "record_id", "action", "actor_id", "actor_name", "at", "changes", "reason", "corrects")
      select "id", "company_id", "community_id", 'complaint', "complaint_id"::text, "action", "actor_id", "actor_name", "at", "changes", "reason", "corrects" from "complaint_history";`);
    this.addSql(`drop table "complaint_history";`);
    this.addSql(`drop function if exists "complaint_history_complaint_history_append_only_fn"();`);
  }

  override down(): void {
    this.addSql(
      `create table "complaint_history" ("id" uuid not null, "complaint_id" uuid not null, "company_id" text not null, "community_id" text not null, "action" text not null, "actor_id" text not null, "actor_name" text not null, "at" timestamptz not null, "changes" jsonb null, "reason" text null, "corrects" uuid null, primary key ("id"));`,
    );
  }
}
