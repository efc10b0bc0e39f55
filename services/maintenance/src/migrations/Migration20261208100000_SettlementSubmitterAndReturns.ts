import { Migration } from '@mikro-orm/migrations';

/**
 * MNT-9: who submitted a final account (decision 0271); MNT-10: a complaint's caller reachable through
 * it (0321) and the resident's preferred channel on the order (0325); MNT-6: a returned order frees
 * its request like a cancelled one (0324); MNT-12: the units' own handover dates open the equipment
 * reports (0274).
 */
export class Migration20261208100000_SettlementSubmitterAndReturns extends Migration {
  override up(): void {
    this.addSql(
      `alter table "repair_request" add "reachable_through_complaint" boolean not null default false;`,
    );
    this.addSql(
      `alter table "work_order" add "settlement_submitted_by_id" text null, add "settlement_submitted_by_name" text null, add "return_visit_channel" text null;`,
    );
    this.addSql(`drop index "work_order_request_unique";`);
    this.addSql(
      `create unique index "work_order_request_unique" on "work_order" ("repair_request_id") where "status" not in ('cancelled', 'returned');`,
    );
    // Decision 0274: each community's report from the earliest handover date the replica already holds.
    this
      .addSql(`insert into "equipment_report" ("id", "company_id", "community_id", "first_handover_on", "due_on", "status")
      select gen_random_uuid(), "company_id", "community_id", min("handover_date"),
             (min("handover_date") + interval '12 months')::date, 'due'
        from "unit_replica" where "handover_date" is not null
       group by "company_id", "community_id"
      on conflict ("company_id", "community_id") do update
        set "first_handover_on" = excluded."first_handover_on", "due_on" = excluded."due_on"
        where "equipment_report"."status" = 'due'
          and excluded."first_handover_on" < "equipment_report"."first_handover_on";`);
  }

  override down(): void {
    this.addSql(`drop index "work_order_request_unique";`);
    this.addSql(
      `create unique index "work_order_request_unique" on "work_order" ("repair_request_id") where "status" <> 'cancelled';`,
    );
    this.addSql(
      `alter table "work_order" drop column "settlement_submitted_by_id", drop column "settlement_submitted_by_name", drop column "return_visit_channel";`,
    );
    this.addSql(`alter table "repair_request" drop column "reachable_through_complaint";`);
  }
}
