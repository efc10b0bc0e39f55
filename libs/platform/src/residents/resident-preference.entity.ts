import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { ContactChannel } from '@pcs/contracts';
import { CompanyScoped } from '../persistence/tenant-filter.js';

/**
 * RES-7 as complaints (CMP-10) and maintenance (MNT-10) need it: whether a resident refused return visits and how they want to
 * be contacted, kept from residents' person events. Names and numbers stay in residents (GEN-4).
 */
@Entity({ tableName: 'resident_preference' })
@CompanyScoped()
export class ResidentPreference {
  [PrimaryKeyProp]?: ['companyId', 'personId'];

  @PrimaryKey({ type: 'text' })
  companyId!: string;

  @PrimaryKey({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'boolean' })
  refuseReturnVisits!: boolean;

  @Property({ type: 'text' })
  preferredChannel!: ContactChannel;

  /** The person's aggregate version applied: an older event never overwrites a newer one. */
  @Property({ type: 'integer' })
  version!: number;
}
