import { Migration } from '@mikro-orm/migrations';

/** BIL-2, decision 0244: a tenant whose lease puts the unit's fees on them. */
export class Migration20261208100000_TenantPaysFees extends Migration {
  override up(): void {
    this.addSql(`alter table "occupancy" add column "pays_fees" boolean not null default false;`);
  }
}
