import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { ComplaintCategory, EarlyWarningStatus } from '@pcs/contracts';
import { CommunityScoped } from '@pcs/platform';

/** A complaint a warning counts, by id and number as the list shows it. */
export interface WarnedComplaint {
  id: string;
  number: string;
}

/** What was done about a warning, in order. */
export interface WarningAction {
  at: string;
  byId: string;
  byName: string;
  note: string;
}

/**
 * CMP-11: complaints of one category about one building reached the threshold within the window.
 * While it is open, later complaints of the same kind join it rather than raising another.
 */
@Entity({ tableName: 'early_warning' })
@CommunityScoped()
@Index({
  name: 'early_warning_list_index',
  properties: ['companyId', 'communityId', 'id'],
  expression:
    'create index "early_warning_list_index" on "early_warning" ("company_id", "community_id", "id" desc)',
})
// One open warning per building and category: the registrations that cross the threshold serialise on it.
@Index({
  name: 'early_warning_open_unique',
  properties: ['companyId', 'buildingId', 'category'],
  expression:
    'create unique index "early_warning_open_unique" on "early_warning" ("company_id", "building_id", "category") where "status" = \'open\'',
})
export class EarlyWarning {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text' })
  communityId!: string;

  @Property({ type: 'uuid' })
  buildingId!: string;

  @Property({ type: 'text' })
  category!: ComplaintCategory;

  @Property({ type: 'text' })
  status!: EarlyWarningStatus;

  @Property({ type: 'int' })
  threshold!: number;

  @Property({ type: 'int' })
  windowDays!: number;

  @Property({ type: 'json' })
  complaints!: WarnedComplaint[];

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  raisedAt!: Date;

  @Property({ type: 'uuid', nullable: true })
  incidentId?: string | null;

  @Property({ type: 'json' })
  actions!: WarningAction[];

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  closedAt?: Date | null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt!: Date;

  @Property({ type: 'int', version: true })
  version!: number;
}
