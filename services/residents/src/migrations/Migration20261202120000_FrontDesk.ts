import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 12, the residents service as the front desk uses it: people found by any phone format and by
 * its last four digits (DESK-3); tenants' move-ins; move-ins and move-outs cancelled with a reason.
 */
export class Migration20261202120000_FrontDesk extends Migration {
  override up(): void {
    this.addSql(
      `alter table "person" add column "phone_digits" text null, add column "phone_tail" text null;`,
    );
    // Numbers were stored as the old pattern allowed: 11-digit mobiles or 0AA(A)-NNNNNNN(N)[-EXT].
    this.addSql(
      `update "person" set "phone_digits" = regexp_replace(regexp_replace("phone", '^(0\\d{2,3}-?\\d{7,8})-\\d{1,6}$', '\\1'), '\\D', '', 'g');`,
    );
    this.addSql(`update "person" set "phone_tail" = right("phone_digits", 4);`);
    this.addSql(
      `alter table "person" alter column "phone_digits" set not null, alter column "phone_tail" set not null;`,
    );
    this.addSql(`drop index if exists "person_company_id_community_id_phone_index";`);
    this.addSql(
      `create index "person_company_id_phone_digits_index" on "person" ("company_id", "phone_digits");`,
    );
    this.addSql(
      `create index "person_company_id_phone_tail_index" on "person" ("company_id", "phone_tail");`,
    );

    // A move-in is the owners' or, after the lease is signed, tenants' (RES-4); either can be cancelled.
    this.addSql(`alter table "move_in" rename column "owner_person_ids" to "person_ids";`);
    this.addSql(
      `alter table "move_in" add column "kind" text not null default 'owner', add column "contract_deposit_fen" bigint null, add column "cancel_reason" text null, add column "cancelled_at" timestamptz null;`,
    );
    this.addSql(
      `alter table "move_out" add column "cancel_reason" text null, add column "cancelled_at" timestamptz null;`,
    );
    // RES-5 as the manuals run it: the signed agreement before review; the refund wait per company.
    this.addSql(
      `alter table "decoration" add column "agreement" jsonb null, add column "pending_repairs" jsonb not null default '[]';`,
    );
    this.addSql(`alter table "person" add column "preferences_reason" text null;`);
    this.addSql(`alter table "company" add column "decoration_deposit_refund_days" int not null default 90;`);
  }

  override down(): void {
    this.addSql(`alter table "company" drop column "decoration_deposit_refund_days";`);
    this.addSql(`alter table "decoration" drop column "agreement", drop column "pending_repairs";`);
    this.addSql(`alter table "person" drop column "preferences_reason";`);
    this.addSql(`alter table "move_out" drop column "cancel_reason", drop column "cancelled_at";`);
    this.addSql(
      `alter table "move_in" drop column "kind", drop column "contract_deposit_fen", drop column "cancel_reason", drop column "cancelled_at";`,
    );
    this.addSql(`alter table "move_in" rename column "person_ids" to "owner_person_ids";`);
    this.addSql(`drop index if exists "person_company_id_phone_tail_index";`);
    this.addSql(`drop index if exists "person_company_id_phone_digits_index";`);
    this.addSql(`alter table "person" drop column "phone_tail", drop column "phone_digits";`);
    this.addSql(
      `create index "person_company_id_community_id_phone_index" on "person" ("company_id", "community_id", "phone");`,
    );
  }
}
