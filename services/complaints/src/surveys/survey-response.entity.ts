import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type {
  ComplaintCategory,
  Satisfaction,
  SurveyCategory,
  SurveyItemKind,
  SurveyRevisitStatus,
} from '@pcs/contracts';
import { CommunityScoped } from '@pcs/platform';

export interface ResponseScore {
  category: SurveyCategory;
  satisfaction: Satisfaction;
}

/** SAT-3: what the household raised and the register entry that follows it up. */
export interface ResponseItem {
  kind: SurveyItemKind;
  text: string;
  category?: ComplaintCategory;
  complaintId: string;
  complaintNumber: string;
}

/**
 * SAT-3, SAT-4: one household's answers to one survey, at most one (the unique key is what makes a
 * retry record nothing twice). A very dissatisfied answer puts the household on the manager's
 * revisit list until the revisit is recorded.
 */
@Entity({ tableName: 'survey_response' })
@CommunityScoped()
@Unique({ properties: ['surveyId', 'unitId'] })
@Index({
  name: 'survey_response_list_index',
  properties: ['surveyId', 'id'],
  expression: 'create index "survey_response_list_index" on "survey_response" ("survey_id", "id" desc)',
})
@Index({
  name: 'survey_response_revisit_index',
  properties: ['companyId', 'communityId', 'revisitStatus', 'id'],
  expression:
    'create index "survey_response_revisit_index" on "survey_response" ("company_id", "community_id", "revisit_status", "id" desc) where "revisit_status" is not null',
})
@Index({
  name: 'survey_response_scores_index',
  properties: ['companyId', 'communityId', 'year'],
  expression:
    'create index "survey_response_scores_index" on "survey_response" ("company_id", "community_id", "year")',
})
export class SurveyResponse {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  surveyId!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text' })
  communityId!: string;

  /** The survey's year: the period its scores count in (SAT-4). */
  @Property({ type: 'int' })
  year!: number;

  @Property({ type: 'uuid' })
  unitId!: string;

  @Property({ type: 'text' })
  unitLabel!: string;

  @Property({ type: 'json' })
  scores!: ResponseScore[];

  @Property({ type: 'json' })
  items!: ResponseItem[];

  @Property({ type: 'text', nullable: true })
  comment?: string;

  @Property({ type: 'text', nullable: true })
  revisitStatus?: SurveyRevisitStatus;

  @Property({ type: 'text', nullable: true })
  revisitNote?: string;

  @Property({ type: 'timestamptz', nullable: true })
  revisitClosedAt?: Date;

  @Property({ type: 'text', nullable: true })
  revisitClosedById?: string;

  @Property({ type: 'text', nullable: true })
  revisitClosedByName?: string;

  @Property({ type: 'timestamptz' })
  recordedAt!: Date;

  @Property({ type: 'text' })
  recordedById!: string;

  @Property({ type: 'text' })
  recordedByName!: string;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;

  @Property({ type: 'int', version: true })
  version!: number;
}
