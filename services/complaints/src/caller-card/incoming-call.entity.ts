import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { IncomingCallStatus } from '@pcs/contracts';
import { CommunityScoped } from '@pcs/platform';

/** DESK-3: a call the telephony system reported to a community's desk line, until a desk takes it. */
@Entity({ tableName: 'incoming_call' })
@CommunityScoped()
// The exchange's own id of the call: a call reported twice to one community is one incoming call.
// Exchanges number calls on their own, so the same id in another community is another call (0304).
@Unique({ properties: ['companyId', 'communityId', 'callId'] })
@Index({
  name: 'incoming_call_list_index',
  properties: ['companyId', 'communityId', 'id'],
  expression:
    'create index "incoming_call_list_index" on "incoming_call" ("company_id", "community_id", "id" desc)',
})
export class IncomingCall {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text' })
  communityId!: string;

  @Property({ type: 'text' })
  callId!: string;

  /** As records keep numbers (`13800138000`, `020-88881234-601`); answers mask it (GEN-4). */
  @Property({ type: 'text' })
  phone!: string;

  @Property({ type: 'text', nullable: true })
  line?: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  receivedAt!: Date;

  @Property({ type: 'text' })
  status!: IncomingCallStatus;

  @Property({ type: 'text', nullable: true })
  takenById?: string | null;

  @Property({ type: 'text', nullable: true })
  takenByName?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  takenAt?: Date | null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'int', version: true })
  version!: number;
}
