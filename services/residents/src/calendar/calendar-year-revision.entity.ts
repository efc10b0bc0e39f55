import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { appendOnlyTrigger, CompanyScoped } from '@pcs/platform';

/**
 * GEN-3 for the company calendar, which belongs to no community and so has no place in the residents
 * archive: every version of a year as it was set, by whom and when. Append-only.
 */
@Entity({ tableName: 'calendar_year_revision', triggers: [appendOnlyTrigger('calendar_year_revision')] })
@CompanyScoped()
@Index({ properties: ['companyId', 'year', 'version'] })
export class CalendarYearRevision {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'json' })
  holidays!: string[];

  @Property({ type: 'json' })
  makeUpWorkdays!: string[];

  @Property({ type: 'text' })
  actorId!: string;

  @Property({ type: 'text' })
  actorName!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  at!: Date;
}
