import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { CallBackReason, CallBackStatus, ContactChannel } from '@pcs/contracts';
import { CommunityScoped } from '@pcs/platform';

/**
 * CMP-4: an entry of the desk's call-back list (回电清单): the customer of an escalated register entry
 * is to be called back by the end of the next working day. At most one open per register entry
 * (a later escalation raises the open one); done ones stay as they were (GEN-3).
 */
@Entity({ tableName: 'call_back' })
@CommunityScoped()
// The list, by keyset on the id within a community and status (decision 0087); see the migration.
@Index({
  name: 'call_back_list_index',
  properties: ['companyId', 'communityId', 'status', 'id'],
  expression:
    'create index "call_back_list_index" on "call_back" ("company_id", "community_id", "status", "id")',
})
@Index({
  name: 'call_back_open_unique',
  properties: ['complaintId'],
  expression:
    'create unique index "call_back_open_unique" on "call_back" ("complaint_id") where "status" = \'open\'',
})
export class CallBack {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text' })
  communityId!: string;

  @Property({ type: 'uuid' })
  complaintId!: string;

  @Property({ type: 'text' })
  reason!: CallBackReason;

  /** CMP-4: the level the entry had reached (0 handler … 3 general manager). */
  @Property({ type: 'integer' })
  escalationLevel!: number;

  /** RES-7: the resident's preferred channel, else the one they used. */
  @Property({ type: 'text', nullable: true })
  channel?: ContactChannel;

  @Property({ type: 'uuid', nullable: true })
  personId?: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  dueAt!: Date;

  @Property({ type: 'text' })
  status!: CallBackStatus;

  @Property({ type: 'text', nullable: true })
  outcome?: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  doneAt?: Date;

  @Property({ type: 'text', nullable: true })
  doneById?: string;

  @Property({ type: 'text', nullable: true })
  doneByName?: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt!: Date;

  @Property({ type: 'integer', version: true })
  version!: number;
}
