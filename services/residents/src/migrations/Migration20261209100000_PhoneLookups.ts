import { Migration } from '@mikro-orm/migrations';

/**
 * GEN-4, decision 0283: every search by a full phone number is logged, found or not (a miss names no
 * person), with a key of the number searched so that a staff member's distinct numbers can be counted.
 */
export class Migration20261209100000_PhoneLookups extends Migration {
  override up(): void {
    this.addSql(`alter table "personal_data_access" alter column "person_id" drop not null;`);
    this.addSql(`alter table "personal_data_access" alter column "person_name" drop not null;`);
    this.addSql(`alter table "personal_data_access" add column "lookup_key" text null;`);
    this.addSql(
      `create index "personal_data_access_company_id_actor_id_at_index" on "personal_data_access" ("company_id", "actor_id", "at");`,
    );
  }
}
