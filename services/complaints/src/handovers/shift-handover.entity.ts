import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { ShiftHandoverSnapshotView, ShiftHandoverStatus } from '@pcs/contracts';
import { CommunityScoped } from '@pcs/platform';

/**
 * DESK-1: a shift handover (交接班) from the outgoing staff member (`from`) to the incoming one (`to`),
 * with what was pending when it was made (`snapshot`, never changed afterwards), the incoming staff
 * member's answer and the supervisor's review. Not numbered (GEN-2 has no series for it); archived.
 */
@Entity({ tableName: 'shift_handover' })
@CommunityScoped()
// The list, newest first by keyset on the id (decision 0088); see the migration.
@Index({
  name: 'shift_handover_list_index',
  properties: ['companyId', 'communityId', 'id'],
  expression:
    'create index "shift_handover_list_index" on "shift_handover" ("company_id", "community_id", "id" desc)',
})
// The giver's previous handover, where the next one's open items start.
@Index({
  name: 'shift_handover_giver_index',
  properties: ['companyId', 'communityId', 'fromId', 'id'],
  expression:
    'create index "shift_handover_giver_index" on "shift_handover" ("company_id", "community_id", "from_id", "id" desc)',
})
export class ShiftHandover {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text' })
  communityId!: string;

  @Property({ type: 'text' })
  status!: ShiftHandoverStatus;

  @Property({ type: 'text' })
  fromId!: string;

  @Property({ type: 'text' })
  fromName!: string;

  @Property({ type: 'text' })
  toId!: string;

  @Property({ type: 'text' })
  toName!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  shiftEndsAt?: Date;

  @Property({ type: 'text' })
  summary!: string;

  @Property({ type: 'text', nullable: true })
  notes?: string;

  /** Where the open items started: the giver's previous handover, at most 24 h before this one. */
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  since!: Date;

  @Property({ type: 'json' })
  snapshot!: ShiftHandoverSnapshotView;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  acceptedAt?: Date;

  @Property({ type: 'text', nullable: true })
  acceptanceNote?: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  refusedAt?: Date;

  @Property({ type: 'text', nullable: true })
  refusalReason?: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  reviewedAt?: Date;

  @Property({ type: 'text', nullable: true })
  reviewedById?: string;

  @Property({ type: 'text', nullable: true })
  reviewedByName?: string;

  @Property({ type: 'text', nullable: true })
  reviewNote?: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt!: Date;

  @Property({ type: 'integer', version: true })
  version!: number;
}
