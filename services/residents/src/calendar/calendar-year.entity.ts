import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { CompanyScoped } from '@pcs/platform';

/**
 * GEN-1: a company's holidays and make-up working days of one year, as data it maintains. `version`
 * rises with every change so that the services keeping a replica keep the newest.
 */
@Entity({ tableName: 'calendar_year' })
@CompanyScoped()
export class CalendarYear {
  [PrimaryKeyProp]?: ['companyId', 'year'];

  @PrimaryKey({ type: 'text' })
  companyId!: string;

  @PrimaryKey({ type: 'integer' })
  year!: number;

  /** Sorted `YYYY-MM-DD` dates. */
  @Property({ type: 'json' })
  holidays!: string[];

  /** Sorted `YYYY-MM-DD` dates (调休上班日). */
  @Property({ type: 'json' })
  makeUpWorkdays!: string[];

  /** 0 while the year has never been set. */
  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'text', nullable: true })
  updatedById?: string;

  @Property({ type: 'text', nullable: true })
  updatedByName?: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt!: Date;
}
