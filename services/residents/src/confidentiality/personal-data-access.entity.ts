import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { PersonalDataAccessKind } from '@pcs/contracts';
import { appendOnlyTrigger, CommunityScoped } from '@pcs/platform';

/**
 * GEN-4: one full view of a person's phone or ID number: who (id, name, roles), when, which person,
 * which fields and why. Append-only in the database: the log cannot be edited or thinned out.
 */
@Entity({ tableName: 'personal_data_access', triggers: [appendOnlyTrigger('personal_data_access')] })
@CommunityScoped()
@Index({ properties: ['companyId', 'personId'] })
@Index({ properties: ['companyId', 'actorId'] })
@Index({ properties: ['companyId', 'actorId', 'at'] })
export class PersonalDataAccess {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text' })
  communityId!: string;

  /** Absent for a phone lookup that found nobody (decision 0283). */
  @Property({ type: 'uuid', nullable: true })
  personId?: string;

  /** The name as it was when viewed. */
  @Property({ type: 'text', nullable: true })
  personName?: string;

  @Property({ type: 'text' })
  actorId!: string;

  @Property({ type: 'text' })
  actorName!: string;

  @Property({ type: 'json' })
  actorRoles!: string[];

  @Property({ type: 'text' })
  kind!: PersonalDataAccessKind;

  @Property({ type: 'text' })
  reason!: string;

  /** What was shown in full: `phone`, `idNumber`. */
  @Property({ type: 'json' })
  fields!: string[];

  /** RES-8: the approved request a file read was made under. */
  @Property({ type: 'uuid', nullable: true })
  fileAccessRequestId?: string;

  /** A phone lookup's number, as a keyed hash: distinct numbers are counted, none is kept (decision 0283). */
  @Property({ type: 'text', nullable: true })
  lookupKey?: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  at!: Date;
}
