import { Injectable } from '@nestjs/common';
import { EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import {
  DomainError,
  IdDocumentType,
  type ListPersonalDataAccessV1,
  type Page,
  type PersonalDataAccessView,
  type RevealedPersonView,
  type RevealPersonV1,
} from '@pcs/contracts';
import { pageQuery, pageWindow, toPage } from '@pcs/platform';
import { visibleCommunity } from '../communities/visible-community.js';
import { Person } from '../people/person.entity.js';
import { logPersonalDataAccess, toPersonalDataAccessView } from './access-log.js';
import { PersonalDataAccess } from './personal-data-access.entity.js';

/** GEN-4: the one way to see a person's numbers in full outside RES-8, and the log of such views. */
@Injectable()
export class ConfidentialityService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Every call is a new, logged view: no Idempotency-Key replay, which would hand out full numbers
   * again without a log row, and would keep them in the idempotency table.
   */
  async reveal(command: RevealPersonV1): Promise<RevealedPersonView> {
    return this.em.transactional(async (em) => {
      const person = await em.findOne(Person, { id: command.id });
      if (!person) throw DomainError.notFound('PERSON_NOT_FOUND');
      const log = logPersonalDataAccess(em, { person, kind: 'reveal', reason: command.reason });
      await em.flush();
      return {
        id: person.id,
        name: person.name,
        phone: person.phone,
        ...(person.idDocumentType
          ? {
              idDocumentType: person.idDocumentType,
              idDocumentTypeLabel: IdDocumentType.label(person.idDocumentType),
            }
          : {}),
        ...(person.idNumber ? { idNumber: person.idNumber } : {}),
        accessLogId: log.id,
      };
    });
  }

  async list(query: ListPersonalDataAccessV1): Promise<Page<PersonalDataAccessView>> {
    const criteria: FilterQuery<PersonalDataAccess>[] = [];
    // GEN-5: filters naming a community or person the caller cannot see answer not found.
    if (query.communityId !== undefined) {
      criteria.push({ communityId: (await visibleCommunity(this.em, query.communityId)).id });
    }
    if (query.personId !== undefined) {
      if (!(await this.em.findOne(Person, { id: query.personId }))) {
        throw DomainError.notFound('PERSON_NOT_FOUND');
      }
      criteria.push({ personId: query.personId });
    }
    if (query.actorId !== undefined) criteria.push({ actorId: query.actorId });
    if (query.from !== undefined) criteria.push({ at: { $gte: new Date(query.from) } });
    if (query.to !== undefined) criteria.push({ at: { $lte: new Date(query.to) } });
    const window = pageWindow(query);
    const page = pageQuery(window);
    const rows = await this.em.find(PersonalDataAccess, { $and: [...criteria, page.where] }, page.options);
    return toPage(rows, window, (shown) => shown.map(toPersonalDataAccessView));
  }
}
