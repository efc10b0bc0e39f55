import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { CompanyScoped } from '../persistence/tenant-filter.js';

/**
 * A copy of a company's calendar of one year (GEN-1), kept from `calendar.updated` events of the
 * residents service, which owns the calendar. Services that count working days read it locally.
 */
@Entity({ tableName: 'calendar_year_replica' })
@CompanyScoped()
export class CalendarYearReplica {
  [PrimaryKeyProp]?: ['companyId', 'year'];

  @PrimaryKey({ type: 'text' })
  companyId!: string;

  @PrimaryKey({ type: 'integer' })
  year!: number;

  @Property({ type: 'json' })
  holidays!: string[];

  @Property({ type: 'json' })
  makeUpWorkdays!: string[];

  /** The residents service's version of the year; an older event never overwrites a newer one. */
  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt!: Date;
}
