import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { IncidentCause, IncidentStatus } from '@pcs/contracts';
import { CommunityScoped } from '@pcs/platform';

/**
 * CMP-15: one cause behind many complaints (a water cut, a lift failure, an early warning). The
 * affected buildings (none: the whole community) got one notice when it opened; closing it resolves
 * its complaints with its record.
 */
@Entity({ tableName: 'incident' })
@CommunityScoped()
@Unique({ properties: ['companyId', 'number'] })
@Index({
  name: 'incident_list_index',
  properties: ['companyId', 'communityId', 'id'],
  expression: 'create index "incident_list_index" on "incident" ("company_id", "community_id", "id" desc)',
})
@Index({
  name: 'incident_active_index',
  properties: ['companyId', 'communityId'],
  expression:
    'create index "incident_active_index" on "incident" ("company_id", "community_id") where "status" = \'active\'',
})
export class Incident {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** GEN-2, e.g. `TF-GZ01-2026-000004`. */
  @Property({ type: 'text' })
  number!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text' })
  communityId!: string;

  /** The affected buildings; empty for the whole community. */
  @Property({ type: 'json' })
  buildingIds!: string[];

  /** No building named: every household of the community is affected. */
  @Property({ type: 'boolean' })
  wholeCommunity!: boolean;

  @Property({ type: 'text' })
  cause!: IncidentCause;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'text' })
  notice!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  expectedEndAt?: Date | null;

  @Property({ type: 'text' })
  status!: IncidentStatus;

  @Property({ type: 'uuid', nullable: true })
  warningId?: string | null;

  @Property({ type: 'int' })
  householdCount!: number;

  @Property({ type: 'int' })
  complaintCount!: number;

  @Property({ type: 'int' })
  resolvedComplaintCount!: number;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  openedAt!: Date;

  @Property({ type: 'text' })
  openedById!: string;

  @Property({ type: 'text' })
  openedByName!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  closedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  closedById?: string | null;

  @Property({ type: 'text', nullable: true })
  closedByName?: string | null;

  @Property({ type: 'text', nullable: true })
  measures?: string | null;

  @Property({ type: 'text', nullable: true })
  result?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt!: Date;

  @Property({ type: 'int', version: true })
  version!: number;
}
