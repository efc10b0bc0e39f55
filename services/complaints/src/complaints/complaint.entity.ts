import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type {
  ComplainantIntent,
  ComplaintCategory,
  ComplaintChannel,
  ComplaintKind,
  ComplaintStatus,
} from '@pcs/contracts';
import { CommunityScoped } from '@pcs/platform';

@Entity({ tableName: 'complaint' })
@CommunityScoped()
@Unique({ properties: ['companyId', 'number'] })
@Index({ properties: ['companyId', 'communityId', 'receivedAt'] })
export class Complaint {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** GEN-2 number, e.g. `TS-GZ01-2026-000123`. */
  @Property({ type: 'text' })
  number!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text' })
  communityId!: string;

  @Property({ type: 'text' })
  kind!: ComplaintKind;

  @Property({ type: 'text' })
  channel!: ComplaintChannel;

  @Property({ type: 'text' })
  status!: ComplaintStatus;

  @Property({ type: 'boolean' })
  customerAnonymous!: boolean;

  @Property({ type: 'text', nullable: true })
  customerSurname?: string;

  @Property({ type: 'text', nullable: true })
  customerPhone?: string;

  @Property({ type: 'uuid', nullable: true })
  unitId?: string;

  @Property({ type: 'text', nullable: true })
  location?: string;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'text' })
  demand!: string;

  @Property({ type: 'text', nullable: true })
  category?: ComplaintCategory;

  @Property({ type: 'text', nullable: true })
  intent?: ComplainantIntent;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  receivedAt!: Date;

  @Property({ type: 'text' })
  receivedById!: string;

  @Property({ type: 'text' })
  receivedByName!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt!: Date;

  @Property({ type: 'integer', version: true })
  version!: number;
}
