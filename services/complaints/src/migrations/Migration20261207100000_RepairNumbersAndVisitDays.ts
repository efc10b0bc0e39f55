import { Migration } from '@mikro-orm/migrations';

/**
 * CMP-2: an entry shows its repair request's number (decision 0218). DESK-4: the working days its
 * failed return-visit attempts fell on (decision 0215). What complaints keeps of residents' people:
 * their community, to check a registration's `personId` (decision 0217).
 */
export class Migration20261207100000_RepairNumbersAndVisitDays extends Migration {
  override up(): void {
    this.addSql(
      `alter table "complaint" add "return_visit_attempt_days" int null, add "return_visit_last_attempt_on" text null, add "repair_request_id" uuid null, add "repair_request_number" text null;`,
    );
    this.addSql(
      `create table "person_replica" ("company_id" text not null, "person_id" uuid not null, "community_id" text not null, primary key ("company_id", "person_id"));`,
    );
  }
}
