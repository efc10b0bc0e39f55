import { Migration } from '@mikro-orm/migrations';

/** MNT-13: billing's words for a refused revolving-fund draw, shown to whoever pays again (decision 0379). */
export class Migration20261210100000_FundDrawMessage extends Migration {
  override up(): void {
    this.addSql(`alter table "work_order" add "fund_draw_message" text null;`);
  }

  override down(): void {
    this.addSql(`alter table "work_order" drop column "fund_draw_message";`);
  }
}
