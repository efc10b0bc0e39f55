import { Migration } from '@mikro-orm/migrations';

/** The community replica (name, time zone) of services other than residents. */
export class Migration20261202010000_CommunityReplica extends Migration {
  override up(): void {
    this.addSql(
      `create table "community_replica" ("company_id" text not null, "community_id" text not null, "name" text not null, "time_zone" text not null, "version" int not null, primary key ("company_id", "community_id"));`,
    );
  }

  override down(): void {
    this.addSql(`drop table if exists "community_replica";`);
  }
}
