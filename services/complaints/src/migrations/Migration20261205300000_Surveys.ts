import { Migration } from '@mikro-orm/migrations';

/**
 * SAT-1 … SAT-4: surveys (one first survey per community, one yearly survey per community and year),
 * one response per household and survey, and what complaints keeps of units to know the occupied
 * households: their type (parking spaces are no households) and their status.
 */
export class Migration20261205300000_Surveys extends Migration {
  override up(): void {
    this.addSql(`alter table "unit_replica" add "type" text null;`);
    this.addSql(
      `create table "unit_status_replica" ("unit_id" uuid not null, "company_id" text not null, "community_id" text not null, "status" text not null, "occupied" boolean not null, "version" int not null, primary key ("unit_id"));`,
    );
    this.addSql(
      `create table "survey" ("id" uuid not null, "company_id" text not null, "community_id" text not null, "kind" text not null, "year" int not null, "seed" text not null, "sample_percent" int not null, "occupied_households" int not null, "households" jsonb not null, "target_responses" int not null, "response_count" int not null, "planned_at" timestamptz not null, "planned_by_id" text null, "planned_by_name" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(`create index "survey_list_index" on "survey" ("company_id", "community_id", "id" desc);`);
    this.addSql(
      `create unique index "survey_yearly_unique" on "survey" ("company_id", "community_id", "year") where "kind" = 'yearly';`,
    );
    this.addSql(
      `create unique index "survey_first_unique" on "survey" ("company_id", "community_id") where "kind" = 'first';`,
    );
    this.addSql(
      `create table "survey_response" ("id" uuid not null, "survey_id" uuid not null, "company_id" text not null, "community_id" text not null, "year" int not null, "unit_id" uuid not null, "unit_label" text not null, "scores" jsonb not null, "items" jsonb not null, "comment" text null, "revisit_status" text null, "revisit_note" text null, "revisit_closed_at" timestamptz null, "revisit_closed_by_id" text null, "revisit_closed_by_name" text null, "recorded_at" timestamptz not null, "recorded_by_id" text not null, "recorded_by_name" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(
      `alter table "survey_response" add constraint "survey_response_survey_id_unit_id_unique" unique ("survey_id", "unit_id");`,
    );
    this.addSql(`create index "survey_response_list_index" on "survey_response" ("survey_id", "id" desc);`);
    this.addSql(
      `create index "survey_response_revisit_index" on "survey_response" ("company_id", "community_id", "revisit_status", "id" desc) where "revisit_status" is not null;`,
    );
    this.addSql(
      `create index "survey_response_scores_index" on "survey_response" ("company_id", "community_id", "year");`,
    );
  }

  override down(): void {
    this.addSql(`drop table if exists "survey", "survey_response", "unit_status_replica" cascade;`);
    this.addSql(`alter table "unit_replica" drop column if exists "type";`);
  }
}
