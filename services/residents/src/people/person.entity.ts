import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { ContactChannel, IdDocumentType } from '@pcs/contracts';
import { CommunityScoped } from '@pcs/platform';

/**
 * RES-2: a person in a community's resident file (客户档案): owner, tenant, household member or
 * emergency contact. Phone and ID number are stored in full and leave the service masked (GEN-4).
 */
@Entity({ tableName: 'person' })
@CommunityScoped()
@Index({ properties: ['companyId', 'communityId', 'phone'] })
@Index({ properties: ['companyId', 'communityId', 'name'] })
export class Person {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text' })
  communityId!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  phone!: string;

  @Property({ type: 'text', nullable: true })
  idDocumentType?: IdDocumentType;

  @Property({ type: 'text', nullable: true })
  idNumber?: string;

  @Property({ type: 'text', nullable: true })
  notes?: string;

  /** RES-7 */
  @Property({ type: 'boolean', default: false })
  refuseReturnVisits: boolean = false;

  /** RES-7 */
  @Property({ type: 'text', default: 'phone' })
  preferredChannel: ContactChannel = 'phone';

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt!: Date;

  @Property({ type: 'integer', version: true })
  version!: number;
}
