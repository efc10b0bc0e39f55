import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { CommunityScoped } from '@pcs/platform';

/**
 * CMP-12: a complaint marked as a typical case (典型案例) for training, with why. One row per complaint
 * while it is marked; unmarking removes it, and the complaint's archive keeps both (GEN-3).
 */
@Entity({ tableName: 'typical_case' })
@CommunityScoped()
@Index({
  name: 'typical_case_marked_index',
  properties: ['companyId', 'communityId', 'markedAt'],
  expression:
    'create index "typical_case_marked_index" on "typical_case" ("company_id", "community_id", "marked_at")',
})
export class TypicalCase {
  @PrimaryKey({ type: 'uuid' })
  complaintId!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text' })
  communityId!: string;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'text' })
  markedById!: string;

  @Property({ type: 'text' })
  markedByName!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  markedAt!: Date;
}
