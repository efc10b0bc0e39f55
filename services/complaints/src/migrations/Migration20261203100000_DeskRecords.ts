import { Migration } from '@mikro-orm/migrations';

/**
 * CMP-6, CMP-4, DESK-1: the daily reconciliation and its sign-off, the desk's call-back list and shift
 * handovers. Every list is by keyset on the id within a community (decision 0081); the unique index
 * on the sign-offs also serves the lookup each registration makes (a signed day is locked); two partial
 * indexes on the register serve a handover's promises still ahead and its active matters.
 */
export class Migration20261203100000_DeskRecords extends Migration {
  override up(): void {
    this.addSql(
      `create table "day_reconciliation" ("id" uuid not null, "company_id" text not null, "community_id" text not null, "date" date not null, "time_zone" text not null, "signed_by_id" text not null, "signed_by_name" text not null, "signed_at" timestamptz not null, "note" text null, "entry_count" int not null, "gaps" jsonb not null, "gap_counts" jsonb not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "day_reconciliation" add constraint "day_reconciliation_company_id_community_id_date_unique" unique ("company_id", "community_id", "date");`,
    );

    this.addSql(
      `create table "call_back" ("id" uuid not null, "company_id" text not null, "community_id" text not null, "complaint_id" uuid not null, "reason" text not null, "escalation_level" int not null, "channel" text null, "person_id" uuid null, "due_at" timestamptz not null, "status" text not null, "outcome" text null, "done_at" timestamptz null, "done_by_id" text null, "done_by_name" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(
      `create index "call_back_list_index" on "call_back" ("company_id", "community_id", "status", "id");`,
    );
    // One open call-back per register entry: a later escalation raises it rather than adding another.
    this.addSql(
      `create unique index "call_back_open_unique" on "call_back" ("complaint_id") where "status" = 'open';`,
    );

    this.addSql(
      `create table "shift_handover" ("id" uuid not null, "company_id" text not null, "community_id" text not null, "status" text not null, "from_id" text not null, "from_name" text not null, "to_id" text not null, "to_name" text not null, "shift_ends_at" timestamptz null, "summary" text not null, "notes" text null, "since" timestamptz not null, "snapshot" jsonb not null, "accepted_at" timestamptz null, "acceptance_note" text null, "refused_at" timestamptz null, "refusal_reason" text null, "reviewed_at" timestamptz null, "reviewed_by_id" text null, "reviewed_by_name" text null, "review_note" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(
      `create index "shift_handover_list_index" on "shift_handover" ("company_id", "community_id", "id" desc);`,
    );
    this.addSql(
      `create index "shift_handover_giver_index" on "shift_handover" ("company_id", "community_id", "from_id", "id" desc);`,
    );

    this.addSql(
      `create index "complaint_promise_index" on "complaint" ("company_id", "community_id", "promised_at") where "promised_at" is not null and "status" in ('registered', 'assigned', 'in-progress', 'negotiating', 'reopened');`,
    );
    this.addSql(
      `create index "complaint_active_index" on "complaint" ("company_id", "community_id", "received_at") where "status" not in ('closed', 'explained', 'answered', 'merged') and ("escalation_level" > 0 or "major" or "overdue_since" is not null);`,
    );
  }

  override down(): void {
    this.addSql(`drop index if exists "complaint_promise_index";`);
    this.addSql(`drop index if exists "complaint_active_index";`);
    this.addSql(`drop table if exists "day_reconciliation", "call_back", "shift_handover" cascade;`);
  }
}
