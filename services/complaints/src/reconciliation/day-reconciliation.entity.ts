import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { LabelledCountView, ReconciliationGapView } from '@pcs/contracts';
import { CommunityScoped } from '@pcs/platform';

/**
 * CMP-6: a community's day, reconciled and signed by a supervisor. Written once and never changed:
 * the gaps are kept as they stood when signed, and the day is locked against new entries. One per
 * community and local date (the unique index also serves the lookup every registration makes).
 */
@Entity({ tableName: 'day_reconciliation' })
@CommunityScoped()
@Unique({ properties: ['companyId', 'communityId', 'date'] })
export class DayReconciliation {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text' })
  communityId!: string;

  /** The community's local date. */
  @Property({ type: 'date' })
  date!: string;

  /** The zone the day was counted in, so that its instants can be told again. */
  @Property({ type: 'text' })
  timeZone!: string;

  @Property({ type: 'text' })
  signedById!: string;

  @Property({ type: 'text' })
  signedByName!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  signedAt!: Date;

  @Property({ type: 'text', nullable: true })
  note?: string;

  @Property({ type: 'integer' })
  entryCount!: number;

  @Property({ type: 'json' })
  gaps!: ReconciliationGapView[];

  @Property({ type: 'json' })
  gapCounts!: LabelledCountView[];
}
