import { Migration } from '@mikro-orm/migrations';

/** MNT-7, MNT-13: the company's directory of repair teams, which dispatch takes teams from (decision 0329). */
export class Migration20261209100000_RepairTeams extends Migration {
  override up(): void {
    this.addSql(
      `create table "repair_team" ("id" uuid not null, "company_id" text not null, "name" text not null, "community_ids" jsonb not null, "created_by_id" text not null, "created_by_name" text not null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "repair_team" add constraint "repair_team_company_id_name_unique" unique ("company_id", "name");`,
    );
  }
}
