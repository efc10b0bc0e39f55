import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { OccupancyRole } from '@pcs/contracts';
import { CommunityScoped } from '@pcs/platform';

/**
 * RES-2: a person's relation to a unit over a period. Current while `endDate` is empty (or in the
 * future); ending one keeps it in the history.
 */
@Entity({ tableName: 'occupancy' })
@CommunityScoped()
@Index({ properties: ['unitId', 'endDate'] })
@Index({ properties: ['personId'] })
export class Occupancy {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text' })
  communityId!: string;

  @Property({ type: 'uuid' })
  unitId!: string;

  @Property({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'text' })
  role!: OccupancyRole;

  @Property({ type: 'date' })
  startDate!: string;

  /** A tenant who pays the unit's fees while the tenancy runs (decision 0244). */
  @Property({ type: 'boolean', default: false })
  paysFees!: boolean;

  @Property({ type: 'date', nullable: true })
  endDate?: string;

  @Property({ type: 'text', nullable: true })
  endReason?: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'integer', version: true })
  version!: number;
}
