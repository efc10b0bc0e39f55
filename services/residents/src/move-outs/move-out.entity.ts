import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { DamageV1, MoveOutStatus, UnitStatus } from '@pcs/contracts';
import { CommunityScoped } from '@pcs/platform';

/**
 * RES-6: a move-out (迁出) of some occupants of a unit. The occupancies and the damages found are
 * jsonb lists: fixed at request and inspection, read only with the move-out, guarded by its version.
 */
@Entity({ tableName: 'move_out' })
@CommunityScoped()
@Index({ properties: ['unitId', 'status'] })
@Index({ properties: ['vacancyDueOn'] })
export class MoveOut {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text' })
  communityId!: string;

  @Property({ type: 'uuid' })
  unitId!: string;

  /** The occupancies that end; nobody else's (a tenant's move-out leaves the owner's alone). */
  @Property({ type: 'json' })
  occupancyIds!: string[];

  /** Their people, in the same order. */
  @Property({ type: 'json' })
  personIds!: string[];

  @Property({ type: 'date' })
  moveOutDate!: string;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'text' })
  status!: MoveOutStatus;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  inspectedAt?: Date;

  @Property({ type: 'json' })
  damages!: DamageV1[];

  /** The one request to billing for the damages, if any were found. */
  @Property({ type: 'uuid', nullable: true })
  damageChargeRequestId?: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  completedAt?: Date;

  /** The unit's status once the move-out took effect on the unit (on its date; decision 220). */
  @Property({ type: 'text', nullable: true })
  unitStatusAfter?: UnitStatus;

  /**
   * RES-6, decision 220: the move-out date of a move-out completed ahead of it, while the unit is still
   * to become vacant on that day; emptied when the daily round has changed the unit.
   */
  @Property({ type: 'date', nullable: true })
  vacancyDueOn?: string;

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
