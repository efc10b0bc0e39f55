import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { appendOnlyTrigger } from '../persistence/append-only.js';
import { CommunityScoped } from '../persistence/tenant-filter.js';

/**
 * GEN-3: the archive of every state change of every record of a service: who, when, what changed
 * and why. Append-only in the database; a correction is a new entry pointing at the one it corrects.
 * A service lists it among its entities and `Migration20261124000000_RecordHistory` among its
 * migrations, and writes it with `archive()`.
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

  /** `complaint`, `unit`, `person`, `decoration`, … */
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
