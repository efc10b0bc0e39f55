import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import {
  canonicalIdNumber,
  DomainError,
  maskIdNumber,
  maskPhone,
  PersonRegistered,
  RegisterPerson,
  UpdatePerson,
  type GetPersonV1,
  type Page,
  type PersonView,
  type RegisterPersonV1,
  type SearchPeopleV1,
  type UpdatePersonV1,
} from '@pcs/contracts';
import {
  archiveRecord,
  newId,
  Outbox,
  pageQuery,
  pageWindow,
  refuseGivenAndCleared,
  runCommand,
  toPage,
} from '@pcs/platform';
import { Community } from '../communities/community.entity.js';
import { logPhoneLookup } from '../confidentiality/phone-lookups.js';
import { visibleCommunity } from '../communities/visible-community.js';
import { currentOccupancies, today } from '../units/current-occupancies.js';
import { Unit } from '../units/unit.entity.js';
import { recordPersonChange, type FieldChange } from './person-changes.js';
import { phoneFields } from './person-phone.js';
import { Person } from './person.entity.js';
import { personView, personViews, preferencesOf } from './person.view.js';

/** RES-2: the people of a community's resident file (客户档案). */
@Injectable()
export class PeopleService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
  ) {}

  register(command: RegisterPersonV1): Promise<PersonView> {
    return runCommand(this.em, RegisterPerson, command, {
      load: async (em) => {
        const community = await visibleCommunity(em, command.communityId);
        return community;
      },
      change: async (em, community) => {
        const now = new Date();
        const person = em.create(Person, {
          id: newId(),
          companyId: community.companyId,
          communityId: community.id,
          name: command.name,
          ...phoneFields(command.phone),
          idDocumentType: command.idDocument?.type,
          idNumber: command.idDocument ? canonicalIdNumber(command.idDocument.number) : undefined,
          notes: command.notes,
          refuseReturnVisits: command.preferences?.refuseReturnVisits ?? false,
          preferredChannel: command.preferences?.preferredChannel ?? 'phone',
          createdAt: now,
          updatedAt: now,
          version: 1,
        });
        archiveRecord(em, 'person', person, {
          action: 'registered',
          // GEN-3 without GEN-4 leaks: the archive keeps numbers masked.
          changes: {
            name: person.name,
            phone: maskPhone(person.phone),
            ...(person.idNumber
              ? { idDocumentType: person.idDocumentType, idNumber: maskIdNumber(person.idNumber) }
              : {}),
            preferences: preferencesOf(person),
          },
          at: now,
        });
        await this.outbox.stage(em, PersonRegistered, {
          aggregateId: person.id,
          companyId: person.companyId,
          communityId: person.communityId,
          time: now,
          data: { personId: person.id, name: person.name, preferences: preferencesOf(person) },
        });
        return person;
      },
      view: personView,
    });
  }

  /** Only the fields given change; `person.updated` names the ones whose value really changed. */
  update(command: UpdatePersonV1): Promise<PersonView> {
    return runCommand(this.em, UpdatePerson, command, {
      load: async (em) => {
        const person = await em.findOne(Person, { id: command.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (!person) throw DomainError.notFound('PERSON_NOT_FOUND');
        return person;
      },
      change: async (em, person) => {
        refuseGivenAndCleared(command, command.clear);
        const changes = applyChanges(person, command);
        if (Object.keys(changes).length > 0) {
          await recordPersonChange(em, this.outbox, person, {
            action: 'updated',
            changes,
            reason: command.reason,
          });
        }
        return person;
      },
      view: personView,
    });
  }

  async get(query: GetPersonV1): Promise<PersonView> {
    const person = await this.em.findOne(Person, { id: query.id });
    if (!person) throw DomainError.notFound('PERSON_NOT_FOUND');
    return personView(this.em, person);
  }

  /**
   * GEN-4: by name prefix, full phone in any format, its last four digits (尾号) or unit (its current occupants), never "everybody"; criteria
   * combine. Only the caller's communities are searched (GEN-5), and the results are masked.
   */
  async search(query: SearchPeopleV1): Promise<Page<PersonView>> {
    // The contract demands a criterion already; refusing here too keeps "everybody" out of reach.
    if (
      query.name === undefined &&
      query.phone === undefined &&
      query.phoneTail === undefined &&
      query.unitId === undefined
    ) {
      throw DomainError.validation([
        { field: 'name', message: 'one of name, phone, phoneTail or unitId is required' },
      ]);
    }
    const criteria: FilterQuery<Person>[] = [];
    if (query.communityId !== undefined) {
      criteria.push({ communityId: (await visibleCommunity(this.em, query.communityId)).id });
    }
    if (query.name !== undefined) {
      criteria.push({ name: { $like: `${escapeLike(query.name)}%` } });
    }
    const phoneDigits = query.phone !== undefined ? phoneFields(query.phone).phoneDigits : undefined;
    if (phoneDigits !== undefined) criteria.push({ phoneDigits });
    if (query.phoneTail !== undefined) criteria.push({ phoneTail: query.phoneTail });
    if (query.unitId !== undefined) criteria.push({ id: { $in: await this.occupantIds(query.unitId) } });
    const window = pageWindow(query);
    const page = pageQuery(window);
    const rows = await this.em.find(Person, { $and: [...criteria, page.where] }, page.options);
    // Decision 0283: a full number's search is logged and limited before it is answered.
    if (phoneDigits !== undefined) {
      await logPhoneLookup(this.em, { phoneDigits, communityId: query.communityId, found: rows });
    }
    return toPage(rows, window, (shown) => personViews(this.em, shown));
  }

  private async occupantIds(unitId: string): Promise<string[]> {
    const unit = await this.em.findOne(Unit, { id: unitId });
    if (!unit) throw DomainError.notFound('UNIT_NOT_FOUND');
    const community = await this.em.findOne(Community, { id: unit.communityId });
    const current = await currentOccupancies(this.em, unit.id, today(community?.timeZone));
    return [...new Set(current.map((o) => o.personId))];
  }
}

/** Applies the given fields to the person; returns what changed, with numbers masked (GEN-3, GEN-4). */
function applyChanges(person: Person, command: UpdatePersonV1): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  if (command.name !== undefined && command.name !== person.name) {
    changes['name'] = { from: person.name, to: command.name };
    person.name = command.name;
  }
  if (command.phone !== undefined) {
    const phone = phoneFields(command.phone);
    if (phone.phone !== person.phone) {
      changes['phone'] = { from: maskPhone(person.phone), to: maskPhone(phone.phone) };
      Object.assign(person, phone);
    }
  }
  if (command.idDocument !== undefined) {
    const { type } = command.idDocument;
    const number = canonicalIdNumber(command.idDocument.number);
    if (type !== person.idDocumentType) {
      changes['idDocumentType'] = { from: person.idDocumentType ?? null, to: type };
      person.idDocumentType = type;
    }
    if (number !== person.idNumber) {
      changes['idNumber'] = {
        from: person.idNumber ? maskIdNumber(person.idNumber) : null,
        to: maskIdNumber(number),
      };
      person.idNumber = number;
    }
  }
  if (command.notes !== undefined && command.notes !== (person.notes ?? '')) {
    changes['notes'] = { from: person.notes ?? null, to: command.notes };
    person.notes = command.notes;
  }
  if (command.clear?.includes('notes') && person.notes) {
    changes['notes'] = { from: person.notes, to: null };
    person.notes = undefined;
  }
  if (command.clear?.includes('idDocument') && (person.idDocumentType || person.idNumber)) {
    changes['idDocumentType'] = { from: person.idDocumentType ?? null, to: null };
    changes['idNumber'] = { from: person.idNumber ? maskIdNumber(person.idNumber) : null, to: null };
    person.idDocumentType = undefined;
    person.idNumber = undefined;
  }
  return changes;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
