import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { OccupancyRole } from '@pcs/contracts';
import { CompanyScoped } from '@pcs/platform';

/** BIL-2: who held a unit and when, from residents' occupancy events: the payers of the billing run. */
@Entity({ tableName: 'occupancy_replica' })
@CompanyScoped()
@Index({ name: 'occupancy_replica_unit_index', properties: ['unitId', 'role'] })
export class OccupancyReplica {
  @PrimaryKey({ type: 'uuid' })
  occupancyId!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'uuid' })
  unitId!: string;

  @Property({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'text' })
  role!: OccupancyRole;

  @Property({ type: 'date', nullable: true })
  startDate?: string;

  @Property({ type: 'date', nullable: true })
  endDate?: string;

  /** A tenant whose lease puts the unit's fees on them (decision 0244); known once the start arrives. */
  @Property({ type: 'boolean', default: false })
  paysFees!: boolean;
}
