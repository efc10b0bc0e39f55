import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { UnitStatus } from '@pcs/contracts';
import { CommunityScoped } from '@pcs/platform';

/**
 * A unit's status (RES-1), kept from residents' `unit.status-changed` (the newest version wins):
 * which households are occupied, for the surveys' samples and the first survey's trigger (SAT-1,
 * SAT-2). A unit being decorated counts as occupied when it was occupied before the works.
 */
@Entity({ tableName: 'unit_status_replica' })
@CommunityScoped()
export class UnitStatusReplica {
  @PrimaryKey({ type: 'uuid' })
  unitId!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text' })
  communityId!: string;

  @Property({ type: 'text' })
  status!: UnitStatus;

  @Property({ type: 'boolean' })
  occupied!: boolean;

  @Property({ type: 'int' })
  version!: number;
}
