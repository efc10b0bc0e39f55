import { Migration } from '@mikro-orm/migrations';

/**
 * Decision 198: a decoration keeps when its works started and when its inspection was last requested,
 * so that patrols and inspections are not dated before them. Existing applications take the times
 * from the GEN-3 archive, where every step is recorded.
 */
export class Migration20261207000000_StepTimes extends Migration {
  override up(): void {
    this.addSql(
      `alter table "decoration" add column "works_started_at" timestamptz null, add column "inspection_requested_at" timestamptz null;`,
    );
    this.addSql(
      `update "decoration" d set "works_started_at" = (select max(h."at") from "record_history" h where h."record_type" = 'decoration' and h."record_id" = d."id"::text and h."action" = 'issue-passes'), "inspection_requested_at" = (select max(h."at") from "record_history" h where h."record_type" = 'decoration' and h."record_id" = d."id"::text and h."action" = 'request-inspection');`,
    );
  }

  override down(): void {
    this.addSql(
      `alter table "decoration" drop column "works_started_at", drop column "inspection_requested_at";`,
    );
  }
}
