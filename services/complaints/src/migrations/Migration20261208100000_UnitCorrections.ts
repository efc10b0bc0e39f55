import { Migration } from '@mikro-orm/migrations';

/**
 * Residents' unit corrections (`unit.updated`, decision 0111) reach the unit replica: the version of
 * the unit it holds, so that the newest description wins whatever order the events arrive in
 * (decision 0303, as decision 0136 for maintenance and billing).
 */
export class Migration20261208100000_UnitCorrections extends Migration {
  override up(): void {
    this.addSql(`alter table "unit_replica" add "version" int not null default 0;`);
  }
}
