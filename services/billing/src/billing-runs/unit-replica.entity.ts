import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { UnitType } from '@pcs/contracts';
import { CommunityScoped } from '@pcs/platform';

/** BIL-2: what billing keeps of residents' units: type and floor area, for the billing run. */
@Entity({ tableName: 'unit_replica' })
@CommunityScoped()
@Index({ name: 'unit_replica_community_index', properties: ['companyId', 'communityId', 'unitId'] })
export class UnitReplica {
  @PrimaryKey({ type: 'uuid' })
  unitId!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text' })
  communityId!: string;

  @Property({ type: 'text' })
  label!: string;

  @Property({ type: 'text' })
  type!: UnitType;

  @Property({ type: 'integer' })
  grossAreaCentiM2!: number;

  /** The unit's version in residents: a correction applies only over an older description. */
  @Property({ type: 'integer', default: 1 })
  version: number = 1;
}
