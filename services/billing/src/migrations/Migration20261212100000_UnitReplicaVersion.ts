import { Migration } from '@mikro-orm/migrations';

/** BIL-2: the unit replica follows residents' corrections (`unit.updated`) by the unit's version. */
export class Migration20261212100000_UnitReplicaVersion extends Migration {
  override up(): void {
    this.addSql(`alter table "unit_replica" add column "version" int not null default 1;`);
  }
}
