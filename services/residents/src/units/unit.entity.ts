import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { UnitStatus, UnitType } from '@pcs/contracts';
import { CommunityScoped } from '@pcs/platform';

/** RES-1: a unit (房号): residence, office, shop, apartment or parking space. */
@Entity({ tableName: 'unit' })
@CommunityScoped()
@Unique({ properties: ['buildingId', 'number'] })
@Index({ properties: ['companyId', 'communityId', 'status'] })
export class Unit {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text' })
  communityId!: string;

  @Property({ type: 'uuid' })
  buildingId!: string;

  /** `1201` */
  @Property({ type: 'text' })
  number!: string;

  /** Building name and number as staff say it: `3栋1201`. */
  @Property({ type: 'text' })
  label!: string;

  @Property({ type: 'integer' })
  floor!: number;

  @Property({ type: 'text' })
  type!: UnitType;

  /** Gross floor area in 0.01 m². */
  @Property({ type: 'integer' })
  grossAreaCentiM2!: number;

  /** 交付日期, `YYYY-MM-DD`. */
  @Property({ type: 'date', nullable: true })
  handoverDate?: string;

  @Property({ type: 'text' })
  status!: UnitStatus;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt!: Date;

  @Property({ type: 'integer', version: true })
  version!: number;
}
