import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { ReminderStage } from '@pcs/contracts';
import { CompanyScoped } from '@pcs/platform';

/** BIL-4: a reminder announced for a bill at a stage: once per bill and stage. */
@Entity({ tableName: 'bill_reminder' })
@CompanyScoped()
@Unique({ name: 'bill_reminder_bill_id_stage_unique', properties: ['billId', 'stage'] })
export class BillReminder {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'uuid' })
  billId!: string;

  @Property({ type: 'text' })
  stage!: ReminderStage;

  @Property({ type: 'date' })
  asOf!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  sentAt!: Date;
}
