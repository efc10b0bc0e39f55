import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { SurveyKind } from '@pcs/contracts';
import { CommunityScoped } from '@pcs/platform';
import type { Household } from './survey-sample.js';

/**
 * SAT-1, SAT-2: a satisfaction survey of one community: the first one when half its households are
 * occupied (every occupied household), or a yearly one on a sample drawn from a recorded seed. One
 * first survey per community and one yearly survey per community and year (see the migration).
 */
@Entity({ tableName: 'survey' })
@CommunityScoped()
@Index({
  name: 'survey_list_index',
  properties: ['companyId', 'communityId', 'id'],
  expression: 'create index "survey_list_index" on "survey" ("company_id", "community_id", "id" desc)',
})
@Index({
  name: 'survey_yearly_unique',
  properties: ['companyId', 'communityId', 'year'],
  expression:
    'create unique index "survey_yearly_unique" on "survey" ("company_id", "community_id", "year") where "kind" = \'yearly\'',
})
@Index({
  name: 'survey_first_unique',
  properties: ['companyId', 'communityId'],
  expression:
    'create unique index "survey_first_unique" on "survey" ("company_id", "community_id") where "kind" = \'first\'',
})
export class Survey {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text' })
  communityId!: string;

  @Property({ type: 'text' })
  kind!: SurveyKind;

  @Property({ type: 'int' })
  year!: number;

  @Property({ type: 'text' })
  seed!: string;

  @Property({ type: 'int' })
  samplePercent!: number;

  @Property({ type: 'int' })
  occupiedHouseholds!: number;

  /** The sample, in the order a visitor walks it. */
  @Property({ type: 'json' })
  households!: Household[];

  @Property({ type: 'int' })
  targetResponses!: number;

  @Property({ type: 'int' })
  responseCount!: number;

  @Property({ type: 'timestamptz' })
  plannedAt!: Date;

  @Property({ type: 'text', nullable: true })
  plannedById?: string;

  @Property({ type: 'text', nullable: true })
  plannedByName?: string;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;

  @Property({ type: 'int', version: true })
  version!: number;
}
