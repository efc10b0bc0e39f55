import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { FileAccessPurpose, FileAccessStatus } from '@pcs/contracts';
import { CommunityScoped } from '@pcs/platform';

/** RES-8: a request to borrow or export a resident's file, approved or rejected by a manager. */
@Entity({ tableName: 'file_access_request' })
@CommunityScoped()
@Index({ properties: ['companyId', 'communityId', 'status'] })
export class FileAccessRequest {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text' })
  communityId!: string;

  @Property({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'text' })
  purpose!: FileAccessPurpose;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'text' })
  status!: FileAccessStatus;

  @Property({ type: 'text' })
  requestedById!: string;

  @Property({ type: 'text' })
  requestedByName!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  requestedAt!: Date;

  @Property({ type: 'text', nullable: true })
  decidedById?: string;

  @Property({ type: 'text', nullable: true })
  decidedByName?: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  decidedAt?: Date;

  @Property({ type: 'text', nullable: true })
  comment?: string;

  /** An approved request may be used until then (7 days after the approval). */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  validUntil?: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt!: Date;

  @Property({ type: 'integer', version: true })
  version!: number;
}
