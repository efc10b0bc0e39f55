import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { CommunityKind } from '@pcs/contracts';
import { CommunityScoped } from '@pcs/platform';

/** RES-1: a community (小区/大厦) of a company; its id is its code, unique within the company. */
@Entity({ tableName: 'community' })
@CommunityScoped({ communityProperty: 'id' })
export class Community {
  [PrimaryKeyProp]?: ['companyId', 'id'];

  @PrimaryKey({ type: 'text' })
  companyId!: string;

  @PrimaryKey({ type: 'text' })
  id!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  kind!: CommunityKind;

  @Property({ type: 'text' })
  province!: string;

  @Property({ type: 'text' })
  city!: string;

  @Property({ type: 'text' })
  district!: string;

  @Property({ type: 'text' })
  street!: string;

  @Property({ type: 'text' })
  timeZone!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;
}
