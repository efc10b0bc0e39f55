import { Migration } from '@mikro-orm/migrations';

/**
 * Platform tables, second step: aggregate versions and ordered consumers' positions; dead letters
 * kept once per stream sequence and resolved by operators; Idempotency-Keys that belong to their
 * caller; indexes for pruning by age. Last in every service's migration list.
 */
export class Migration20261202000000_PlatformHardening extends Migration {
  override up(): void {
    this.addSql(
      `create table "aggregate_version" ("aggregate_id" text not null, "version" bigint not null, primary key ("aggregate_id"));`,
    );
    this.addSql(
      `create table "consumer_position" ("consumer" text not null, "aggregate_id" text not null, "version" bigint not null, primary key ("consumer", "aggregate_id"));`,
    );
    this.addSql(
      `alter table "dead_letter" add "event_type" text null, add "company_id" text null, add "status" text not null default 'open', add "resolved_at" timestamptz null, add "resolved_by" text null, add "resolution" text null;`,
    );
    this.addSql(
      `create index "dead_letter_status_created_at_index" on "dead_letter" ("status", "created_at");`,
    );
    this.addSql(
      `alter table "dead_letter" add constraint "dead_letter_consumer_stream_seq_unique" unique ("consumer", "stream_seq");`,
    );
    this.addSql(`alter table "idempotency_record" drop constraint "idempotency_record_pkey";`);
    // Responses stored before keys belonged to callers replay to nobody: no caller has the empty id.
    this.addSql(`alter table "idempotency_record" add "actor_id" text not null default '';`);
    this.addSql(`alter table "idempotency_record" alter column "actor_id" drop default;`);
    this.addSql(`create index "idempotency_record_created_at_index" on "idempotency_record" ("created_at");`);
    this.addSql(`alter table "idempotency_record" add primary key ("company_id", "actor_id", "key");`);
    this.addSql(`create index "inbox_message_processed_at_index" on "inbox_message" ("processed_at");`);
  }

  override down(): void {
    this.addSql(`drop index "inbox_message_processed_at_index";`);
    this.addSql(`alter table "idempotency_record" drop constraint "idempotency_record_pkey";`);
    this.addSql(`drop index "idempotency_record_created_at_index";`);
    this.addSql(`delete from "idempotency_record" where ("company_id", "key") in (
      select "company_id", "key" from "idempotency_record" group by 1, 2 having count(*) > 1);`);
    this.addSql(`alter table "idempotency_record" drop column "actor_id";`);
    this.addSql(`alter table "idempotency_record" add primary key ("company_id", "key");`);
    this.addSql(`alter table "dead_letter" drop constraint "dead_letter_consumer_stream_seq_unique";`);
    this.addSql(`drop index "dead_letter_status_created_at_index";`);
    this.addSql(
      `alter table "dead_letter" drop column "event_type", drop column "company_id", drop column "status", drop column "resolved_at", drop column "resolved_by", drop column "resolution";`,
    );
    this.addSql(`drop table if exists "consumer_position", "aggregate_version";`);
  }
}
