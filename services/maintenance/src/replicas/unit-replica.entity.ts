import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { CommunityScoped } from '@pcs/platform';

/**
 * What maintenance knows of a unit, kept from residents' `unit.created`, `unit.updated` and
 * `handover.inspected` events: its community and its handover date, from which warranty is computed
 * (MNT-3).
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

  /** e.g. `3-1201`. */
  @Property({ type: 'text' })
  label!: string;

  @Property({ type: 'date', nullable: true })
  handoverDate?: string | null;

  /** The unit's version in residents (0 while only a handover inspection has named it). */
  @Property({ type: 'int', default: 0 })
  version: number = 0;
}
