import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { appendOnlyTrigger, CommunityScoped } from '@pcs/platform';

/**
 * GEN-3: the archive of every state change of every resident record: who, when, what changed and
 * why. Append-only in the database; a correction is a new entry pointing at the one it corrects.
 */
@Entity({ tableName: 'record_history', triggers: [appendOnlyTrigger('record_history')] })
@CommunityScoped()
@Index({ properties: ['recordType', 'recordId', 'at'] })
export class RecordHistory {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text' })
  communityId!: string;

  /** `unit`, `person`, `occupancy`, `decoration`, `move-in`, … */
  @Property({ type: 'text' })
  recordType!: string;

  @Property({ type: 'text' })
  recordId!: string;

  /** `created`, `updated`, `status-changed`, `submitted`, … */
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

  @Property({ type: 'uuid', nullable: true })
  corrects?: string;
}
