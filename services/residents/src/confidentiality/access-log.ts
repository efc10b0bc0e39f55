import type { EntityManager } from '@mikro-orm/postgresql';
import { PersonalDataAccessKind, type PersonalDataAccessView } from '@pcs/contracts';
import { CallContext, newId } from '@pcs/platform';
import type { Person } from '../people/person.entity.js';
import { PersonalDataAccess } from './personal-data-access.entity.js';

/** The fields of a person that a full view shows unmasked. */
export function revealedFields(person: Person): string[] {
  return person.idNumber ? ['phone', 'idNumber'] : ['phone'];
}

/**
 * GEN-4: logs a full view of a person's data (who, when, which person, which fields, why) in the
 * caller's transaction, so that nothing is shown in full without its log row being committed.
 */
export function logPersonalDataAccess(
  em: EntityManager,
  entry: {
    person: Person;
    kind: PersonalDataAccessKind;
    reason: string;
    fileAccessRequestId?: string;
    at?: Date;
  },
): PersonalDataAccess {
  const actor = CallContext.actor();
  return em.create(PersonalDataAccess, {
    id: newId(),
    companyId: entry.person.companyId,
    communityId: entry.person.communityId,
    personId: entry.person.id,
    personName: entry.person.name,
    actorId: actor.sub,
    actorName: actor.name,
    actorRoles: [...actor.roles],
    kind: entry.kind,
    reason: entry.reason,
    fields: revealedFields(entry.person),
    fileAccessRequestId: entry.fileAccessRequestId,
    at: entry.at ?? new Date(),
  });
}

export function toPersonalDataAccessView(a: PersonalDataAccess): PersonalDataAccessView {
  return {
    id: a.id,
    communityId: a.communityId,
    ...(a.personId ? { personId: a.personId, personName: a.personName ?? '' } : {}),
    actorId: a.actorId,
    actorName: a.actorName,
    actorRoles: a.actorRoles,
    kind: a.kind,
    kindLabel: PersonalDataAccessKind.label(a.kind),
    reason: a.reason,
    fields: a.fields,
    at: a.at.toISOString(),
  };
}
