import { Migration } from '@mikro-orm/migrations';

/**
 * Decision 220: a move-out completed ahead of its date leaves the unit occupied until that day; the
 * day is kept until the daily round makes the unit vacant.
 */
export class Migration20261207100000_MoveOutVacancy extends Migration {
  override up(): void {
    this.addSql(`alter table "move_out" add column "vacancy_due_on" date null;`);
    this.addSql(`create index "move_out_vacancy_due_on_index" on "move_out" ("vacancy_due_on");`);
  }

  override down(): void {
    this.addSql(`drop index "move_out_vacancy_due_on_index";`);
    this.addSql(`alter table "move_out" drop column "vacancy_due_on";`);
  }
}
