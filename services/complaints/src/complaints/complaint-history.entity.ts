import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { appendOnlyTrigger, CommunityScoped } from '@pcs/platform';

/**
 * GEN-3: the append-only archive of a complaint: who did what, when, what changed and why. The
 * database refuses updates and deletes of these rows; a correction is a new entry pointing at the old.
 */
@Entity({ tableName: 'complaint_history', triggers: [appendOnlyTrigger('complaint_history')] })
@CommunityScoped()
@Index({ properties: ['complaintId', 'at'] })
export class ComplaintHistory {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  complaintId!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text' })
  communityId!: string;

  /** What happened, e.g. `registered`. */
  @Property({ type: 'text' })
  action!: string;

  @Property({ type: 'text' })
  actorId!: string;

  @Property({ type: 'text' })
  actorName!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  at!: Date;

  @Property({ type: 'json', nullable: true })
  changes?: Record<string, unknown>;

  @Property({ type: 'text', nullable: true })
  reason?: string;

  /** The entry this one corrects, if it is a correction. */
  @Property({ type: 'uuid', nullable: true })
  corrects?: string;
}
