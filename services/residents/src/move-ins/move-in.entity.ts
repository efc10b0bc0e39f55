import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { BigIntType } from '@mikro-orm/core';
import type { KeyHandoverV1, MoveInKind, MoveInStatus } from '@pcs/contracts';
import { CommunityScoped } from '@pcs/platform';

/**
 * RES-4: the move-in procedure (入住/入伙手续) of a unit. The keys handed over are a jsonb list: the
 * whole list is recorded at once, read only with the move-in, and guarded by its version.
 */
@Entity({ tableName: 'move_in' })
@CommunityScoped()
@Index({ properties: ['unitId', 'status'] })
export class MoveIn {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text' })
  communityId!: string;

  @Property({ type: 'uuid' })
  unitId!: string;

  @Property({ type: 'text', default: 'owner' })
  kind: MoveInKind = 'owner';

  /** Who moves in: the owners, or the tenants of a tenant's move-in. */
  @Property({ type: 'json' })
  personIds!: string[];

  /** A tenant's contract deposit (合同押金) in fen, as the lease names it. */
  @Property({ type: new BigIntType('number'), nullable: true })
  contractDepositFen?: number;

  @Property({ type: 'date' })
  plannedDate!: string;

  @Property({ type: 'text' })
  status!: MoveInStatus;

  @Property({ type: 'boolean' })
  handbookAcknowledged!: boolean;

  @Property({ type: 'boolean' })
  decorationRulesAcknowledged!: boolean;

  @Property({ type: 'json' })
  keys!: KeyHandoverV1[];

  /** The move-in charges requested from billing when the procedure opened. */
  @Property({ type: 'uuid' })
  chargeRequestId!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  movedInAt?: Date;

  @Property({ type: 'text', nullable: true })
  cancelReason?: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  cancelledAt?: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt!: Date;

  @Property({ type: 'integer', version: true })
  version!: number;
}
