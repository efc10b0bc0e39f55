import { Migration } from '@mikro-orm/migrations';
import { OUTBOX_CHANNEL } from '../outbox/outbox-channel.js';

/**
 * The platform's tables (outbox, inbox, dead letters, numbering, idempotency), first in every
 * service's migration list. The DDL is what MikroORM generates from the platform entities (a test
 * keeps them in step), including the trigger that wakes the outbox relay when events are committed.
 */
export class Migration20261122000000_PlatformTables extends Migration {
  override up(): void {
    this.addSql(
      `create table "dead_letter" ("id" uuid not null, "consumer" text not null, "event_id" text null, "subject" text not null, "stream_seq" bigint null, "payload" text not null, "error" text not null, "deliveries" int not null, "created_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(
      `create index "dead_letter_consumer_created_at_index" on "dead_letter" ("consumer", "created_at");`,
    );
    this.addSql(
      `create table "idempotency_record" ("company_id" text not null, "key" text not null, "operation" text not null, "request_hash" text not null, "response" json null, "created_at" timestamptz not null default now(), primary key ("company_id", "key"));`,
    );
    this.addSql(
      `create table "inbox_message" ("consumer" text not null, "event_id" text not null, "event_type" text not null, "processed_at" timestamptz not null default now(), primary key ("consumer", "event_id"));`,
    );
    this.addSql(
      `create table "number_sequence" ("company_id" text not null, "community_id" text not null, "record" text not null, "year" int not null, "last_value" bigint not null, primary key ("company_id", "community_id", "record", "year"));`,
    );
    this.addSql(
      `create table "outbox_message" ("id" uuid not null, "seq" bigserial, "subject" text not null, "aggregate_id" text not null, "envelope" jsonb not null, "status" text not null default 'pending', "attempts" int not null default 0, "created_at" timestamptz not null default now(), "next_attempt_at" timestamptz not null default now(), "sent_at" timestamptz null, "last_error" text null, primary key ("id"));`,
    );
    this.addSql(`alter table "outbox_message" add constraint "outbox_message_seq_unique" unique ("seq");`);
    this.addSql(
      `create index "outbox_message_aggregate_idx" on "outbox_message" ("aggregate_id", "seq") where "status" <> 'sent';`,
    );
    this.addSql(
      `create index "outbox_message_pending_idx" on "outbox_message" ("seq") where "status" = 'pending';`,
    );
    this.addSql(
      `create or replace function "outbox_message_outbox_message_notify_fn"() returns trigger as $$ begin perform pg_notify('${OUTBOX_CHANNEL}', ''); return null; end; $$ language plpgsql;`,
    );
    this.addSql(
      `create trigger "outbox_message_notify" AFTER INSERT on "outbox_message" for each STATEMENT execute function "outbox_message_outbox_message_notify_fn"();`,
    );
  }

  override down(): void {
    this.addSql(
      `drop table if exists "outbox_message", "number_sequence", "inbox_message", "idempotency_record", "dead_letter" cascade;`,
    );
    this.addSql(`drop function if exists "outbox_message_outbox_message_notify_fn"();`);
  }
}
