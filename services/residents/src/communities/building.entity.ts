import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { CommunityScoped } from '@pcs/platform';

/** RES-1: a building (楼栋) of a community. */
@Entity({ tableName: 'building' })
@CommunityScoped()
@Unique({ properties: ['companyId', 'communityId', 'code'] })
export class Building {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text' })
  communityId!: string;

  /** `3`, `A座` */
  @Property({ type: 'text' })
  code!: string;

  /** `3栋` */
  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'integer' })
  floorsAboveGround!: number;

  @Property({ type: 'integer' })
  floorsBelowGround!: number;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;
}
