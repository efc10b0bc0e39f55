import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { ContactChannel, IdDocumentType } from '@pcs/contracts';
import { CommunityScoped } from '@pcs/platform';

/**
 * RES-2: a person in a community's resident file (客户档案): owner, tenant, household member or
 * emergency contact. Phone and ID number are stored in full and leave the service masked (GEN-4).
 */
@Entity({ tableName: 'person' })
@CommunityScoped()
@Index({ properties: ['companyId', 'phoneDigits'] })
@Index({ properties: ['companyId', 'phoneTail'] })
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

  /** As records keep it (`formatPhone`): `13800138000`, `020-88881234-601`. */
  @Property({ type: 'text' })
  phone!: string;

  /** The canonical digits a caller's number in any format is found by (DESK-3). */
  @Property({ type: 'text' })
  phoneDigits!: string;

  /** The last four digits (尾号). */
  @Property({ type: 'text' })
  phoneTail!: string;

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

  /** RES-7: why the preferences are as they are (业主来电表示不希望回访). */
  @Property({ type: 'text', nullable: true })
  preferencesReason?: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt!: Date;

  @Property({ type: 'integer', version: true })
  version!: number;
}
