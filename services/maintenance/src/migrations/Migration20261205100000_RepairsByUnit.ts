import { Migration } from '@mikro-orm/migrations';

/** DESK-3: the caller card lists a unit's open repair requests. */
export class Migration20261205100000_RepairsByUnit extends Migration {
  override up(): void {
    this.addSql(
      `create index "repair_request_unit_index" on "repair_request" ("company_id", "unit_id", "id" desc) where "unit_id" is not null;`,
    );
  }

  override down(): void {
    this.addSql(`drop index if exists "repair_request_unit_index";`);
  }
}
