import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { CompanyScoped } from '../persistence/tenant-filter.js';

/**
 * What a service other than residents knows of a community: its name and time zone, kept from the
 * residents service's community events. Numbers (GEN-2) and local dates are taken in that zone.
 */
@Entity({ tableName: 'community_replica' })
@CompanyScoped()
export class CommunityReplica {
  [PrimaryKeyProp]?: ['companyId', 'communityId'];

  @PrimaryKey({ type: 'text' })
  companyId!: string;

  @PrimaryKey({ type: 'text' })
  communityId!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  timeZone!: string;

  /** The community's aggregate version of the event applied: an older event never overwrites a newer one. */
  @Property({ type: 'integer' })
  version!: number;
}
