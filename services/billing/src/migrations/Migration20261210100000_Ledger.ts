import { Migration } from '@mikro-orm/migrations';

/**
 * BIL-12 and the records around it: accounts whose balances are the sums of their append-only entries,
 * bills and their lines (each source billed once, by a unique key), charge requests from residents,
 * payments (an external transaction id records one payment) and their append-only allocations,
 * deposits, fund movements keyed by their sender's id, and one-off fee rates (BIL-1).
 */
export class Migration20261210100000_Ledger extends Migration {
  override up(): void {
    this.addSql(
      `create table "account" ("id" uuid not null, "company_id" text not null, "community_id" text null, "kind" text not null, "key" text not null, "unit_id" uuid null, "person_id" uuid null, "party_id" uuid null, "label" text not null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "account_unit_index" on "account" ("company_id", "unit_id");`);
    this.addSql(
      `alter table "account" add constraint "account_company_id_key_unique" unique ("company_id", "key");`,
    );
    this.addSql(
      `create table "bill" ("id" uuid not null, "number" text not null, "company_id" text not null, "community_id" text not null, "unit_id" uuid not null, "payer_person_id" uuid null, "source" text not null, "source_key" text not null, "charge_request_id" uuid null, "description" text not null, "amount_fen" bigint not null, "paid_fen" bigint not null, "credited_fen" bigint not null, "status" text not null, "issued_at" timestamptz not null, "due_date" date not null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(`create index "bill_charge_request_index" on "bill" ("charge_request_id");`);
    this.addSql(`create index "bill_unit_index" on "bill" ("company_id", "unit_id", "status", "due_date");`);
    this.addSql(
      `alter table "bill" add constraint "bill_company_id_source_source_key_unique" unique ("company_id", "source", "source_key");`,
    );
    this.addSql(
      `create table "bill_line" ("id" uuid not null, "company_id" text not null, "bill_id" uuid not null, "line_no" int not null, "item_code" text not null, "description" text not null, "amount_fen" bigint not null, "paid_fen" bigint not null, "credited_fen" bigint not null, "deposit_id" uuid null, primary key ("id"));`,
    );
    this.addSql(`create index "bill_line_bill_index" on "bill_line" ("bill_id", "line_no");`);
    this.addSql(
      `create table "charge_request" ("id" uuid not null, "company_id" text not null, "community_id" text not null, "unit_id" uuid not null, "payer_person_id" uuid not null, "purpose" text not null, "reference_kind" text not null, "reference_id" uuid not null, "bill_id" uuid null, "status" text not null, "raised_at" timestamptz not null, "settled_at" timestamptz null, "withdrawn_reason" text null, primary key ("id"));`,
    );
    this.addSql(
      `create table "deposit" ("id" uuid not null, "number" text not null, "company_id" text not null, "community_id" text not null, "unit_id" uuid not null, "payer_person_id" uuid not null, "kind" text not null, "reference_id" uuid null, "required_fen" bigint not null, "received_fen" bigint not null, "deducted_fen" bigint not null, "refunded_fen" bigint not null, "status" text not null, "refundable_from" date null, "created_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(`create index "deposit_reference_index" on "deposit" ("reference_id");`);
    this.addSql(`create index "deposit_unit_index" on "deposit" ("company_id", "unit_id");`);
    this.addSql(
      `create table "fee_rate" ("id" uuid not null, "company_id" text not null, "item_code" text not null, "effective_from" date not null, "amount_fen" bigint not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "fee_rate" add constraint "fee_rate_company_id_item_code_effective_from_unique" unique ("company_id", "item_code", "effective_from");`,
    );
    this.addSql(
      `create table "fund_movement" ("id" uuid not null, "company_id" text not null, "kind" text not null, "party_id" uuid not null, "amount_fen" bigint not null, "shortfall_fen" bigint not null, "balance_after_fen" bigint not null, "details" jsonb not null, "at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create table "ledger_entry" ("id" uuid not null, "company_id" text not null, "transaction_id" uuid not null, "account_id" uuid not null, "amount_fen" bigint not null, primary key ("id"));`,
    );
    this.addSql(`create index "ledger_entry_transaction_index" on "ledger_entry" ("transaction_id");`);
    this.addSql(`create index "ledger_entry_account_index" on "ledger_entry" ("account_id");`);
    this.addSql(
      `create table "ledger_transaction" ("id" uuid not null, "company_id" text not null, "community_id" text null, "kind" text not null, "reference_id" uuid null, "description" text not null, "posted_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "ledger_transaction_reference_index" on "ledger_transaction" ("company_id", "reference_id");`,
    );
    this.addSql(
      `create table "payment" ("id" uuid not null, "receipt_number" text not null, "company_id" text not null, "community_id" text not null, "unit_id" uuid not null, "payer_person_id" uuid not null, "method" text not null, "amount_fen" bigint not null, "credit_fen" bigint not null, "external_transaction_id" text null, "status" text not null, "received_at" timestamptz not null, "note" text null, "reversal_reason" text null, "recorded_by_id" text not null, "recorded_by_name" text not null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(`create index "payment_unit_index" on "payment" ("company_id", "unit_id", "received_at");`);
    this.addSql(
      `create unique index "payment_external_transaction_unique" on "payment" ("company_id", "method", "external_transaction_id") where "external_transaction_id" is not null;`,
    );
    this.addSql(
      `create table "payment_allocation" ("id" uuid not null, "company_id" text not null, "payment_id" uuid not null, "bill_id" uuid not null, "bill_line_id" uuid not null, "amount_fen" bigint not null, "at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "payment_allocation_bill_index" on "payment_allocation" ("bill_id");`);
    this.addSql(`create index "payment_allocation_payment_index" on "payment_allocation" ("payment_id");`);
    this.addSql(
      `create or replace function "ledger_entry_ledger_entry_append_only_fn"() returns trigger as $$ begin raise exception 'table % is append-only', tg_table_name using errcode = 'insufficient_privilege'; end; $$ language plpgsql;`,
    );
    this.addSql(
      `create trigger "ledger_entry_append_only" BEFORE UPDATE OR DELETE on "ledger_entry" for each ROW execute function "ledger_entry_ledger_entry_append_only_fn"();`,
    );
    this.addSql(
      `create or replace function "ledger_transaction_ledger_transaction_append_only_fn"() returns trigger as $$ begin raise exception 'table % is append-only', tg_table_name using errcode = 'insufficient_privilege'; end; $$ language plpgsql;`,
    );
    this.addSql(
      `create trigger "ledger_transaction_append_only" BEFORE UPDATE OR DELETE on "ledger_transaction" for each ROW execute function "ledger_transaction_ledger_transaction_append_only_fn"();`,
    );
    this.addSql(
      `create or replace function "payment_allocation_payment_allocation_append_only_fn"() returns trigger as $$ begin raise exception 'table % is append-only', tg_table_name using errcode = 'insufficient_privilege'; end; $$ language plpgsql;`,
    );
    this.addSql(
      `create trigger "payment_allocation_append_only" BEFORE UPDATE OR DELETE on "payment_allocation" for each ROW execute function "payment_allocation_payment_allocation_append_only_fn"();`,
    );
  }

  override down(): void {
    this.addSql(
      `drop table if exists "account", "bill", "bill_line", "charge_request", "deposit", "fee_rate", "fund_movement", "ledger_entry", "ledger_transaction", "payment", "payment_allocation" cascade;`,
    );
  }
}
