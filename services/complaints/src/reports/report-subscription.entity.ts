import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { ReportFormat, ReportKind, ReportSchedule } from '@pcs/contracts';
import { CommunityScoped } from '@pcs/platform';

/** CMP-12: a community's subscription to a report, produced once per period (decision 0147). */
@Entity({ tableName: 'report_subscription' })
@CommunityScoped()
@Index({
  name: 'report_subscription_active_unique',
  properties: ['companyId', 'communityId', 'kind', 'schedule', 'format'],
  expression:
    'create unique index "report_subscription_active_unique" on "report_subscription" ("company_id", "community_id", "kind", "schedule", "format") where "cancelled_at" is null',
})
export class ReportSubscription {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text' })
  communityId!: string;

  @Property({ type: 'text' })
  kind!: ReportKind;

  @Property({ type: 'text' })
  schedule!: ReportSchedule;

  @Property({ type: 'text' })
  format!: ReportFormat;

  @Property({ type: 'text' })
  createdById!: string;

  @Property({ type: 'text' })
  createdByName!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  cancelledAt?: Date | null;
}

/**
 * CMP-12: a report produced for a subscription and period, with its figures frozen as they were
 * then; the file is rendered from them in the subscribed format when downloaded (decision 0147).
 * One per subscription and period, however many processes run the schedule.
 */
@Entity({ tableName: 'report_delivery' })
@CommunityScoped()
@Unique({ properties: ['subscriptionId', 'period'] })
export class ReportDelivery {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text' })
  communityId!: string;

  @Property({ type: 'uuid' })
  subscriptionId!: string;

  @Property({ type: 'text' })
  kind!: ReportKind;

  @Property({ type: 'text' })
  schedule!: ReportSchedule;

  @Property({ type: 'text' })
  format!: ReportFormat;

  @Property({ type: 'text' })
  period!: string;

  @Property({ type: 'json' })
  snapshot!: Record<string, unknown>;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  producedAt!: Date;
}
