import { Migration } from '@mikro-orm/migrations';

/** DESK-2: the queue's counts per status read only open entries (an index-only scan). */
export class Migration20261206100000_OpenCounts extends Migration {
  override up(): void {
    this.addSql(
      `create index "complaint_open_counts_index" on "complaint" ("company_id", "community_id", "status") include ("overdue_since", "escalation_level", "major") where "status" not in ('closed', 'explained', 'answered', 'merged');`,
    );
  }
}
