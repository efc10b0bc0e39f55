import { Migration } from '@mikro-orm/migrations';

/** The calendar replica of services that count working days (GEN-1). */
export class Migration20261123100000_CalendarReplica extends Migration {
  override up(): void {
    this.addSql(
      `create table "calendar_year_replica" ("company_id" text not null, "year" int not null, "holidays" jsonb not null, "make_up_workdays" jsonb not null, "version" int not null, "updated_at" timestamptz not null, primary key ("company_id", "year"));`,
    );
  }

  override down(): void {
    this.addSql(`drop table if exists "calendar_year_replica";`);
  }
}
