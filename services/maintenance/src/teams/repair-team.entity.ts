import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { CompanyScoped } from '@pcs/platform';

/**
 * MNT-7, MNT-13 (decision 0329): a repair team (维修班组) of the company's directory. Dispatch takes a
 * team only from here, so the revolving fund billing pays it from is the one finance set up for its id.
 */
@Entity({ tableName: 'repair_team' })
@CompanyScoped()
// Decision 0377: the service refuses a name equal to another as names compare (under a per-company
// lock); this index on the stored, trimmed name only backs it up.
@Unique({ properties: ['companyId', 'name'] })
export class RepairTeam {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text' })
  name!: string;

  /** The communities the team serves; empty: every community of the company. */
  @Property({ type: 'json' })
  communityIds!: string[];

  @Property({ type: 'text' })
  createdById!: string;

  @Property({ type: 'text' })
  createdByName!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;
}
