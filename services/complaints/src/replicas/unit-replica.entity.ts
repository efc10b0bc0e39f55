import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { UnitType } from '@pcs/contracts';
import { CommunityScoped } from '@pcs/platform';

/**
 * What complaints knows of a unit, kept from residents' `unit.created` and `unit.updated` events
 * (never read from the residents database): enough to file an entry under its building and show the
 * unit's label.
 */
@Entity({ tableName: 'unit_replica' })
@CommunityScoped()
export class UnitReplica {
  @PrimaryKey({ type: 'uuid' })
  unitId!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text' })
  communityId!: string;

  @Property({ type: 'uuid' })
  buildingId!: string;

  /** e.g. `3-1201`. */
  @Property({ type: 'text' })
  label!: string;

  /** Parking spaces are no households (SAT-1, SAT-2); unknown for units replicated before it was kept. */
  @Property({ type: 'text', nullable: true })
  type?: UnitType;

  /** The unit's aggregate version described here: an older description changes nothing (decision 0303). */
  @Property({ type: 'integer', default: 0 })
  version!: number;
}
