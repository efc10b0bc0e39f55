import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { PrimaryKeyProp } from '@mikro-orm/core';

/**
 * What complaints knows of a resident on file, kept from residents' `person.registered` (never read
 * from the residents database): only the community whose file holds them, so that a registration
 * naming a `personId` can be checked against the entry's community (decision 0217). Names and
 * numbers stay in residents (GEN-4).
 */
@Entity({ tableName: 'person_replica' })
export class PersonReplica {
  [PrimaryKeyProp]?: ['companyId', 'personId'];

  @PrimaryKey({ type: 'text' })
  companyId!: string;

  @PrimaryKey({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'text' })
  communityId!: string;
}
