import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  DomainError,
  SetContactPreferences,
  type ContactPreferencesView,
  type GetContactPreferencesV1,
  type SetContactPreferencesV1,
} from '@pcs/contracts';
import { Outbox, runCommand } from '@pcs/platform';
import { Person } from './person.entity.js';
import { recordPersonChange, type FieldChange } from './person-changes.js';
import { toContactPreferencesView } from './person.view.js';

/** RES-7: whether a resident refuses return visits and how they want to be contacted. */
@Injectable()
export class ContactPreferencesService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
  ) {}

  /** Publishes `person.updated` with the preferences, which complaints and maintenance honour. */
  set(command: SetContactPreferencesV1): Promise<ContactPreferencesView> {
    return runCommand(this.em, SetContactPreferences, command, {
      load: async (em) => {
        const person = await em.findOne(
          Person,
          { id: command.personId },
          { lockMode: LockMode.PESSIMISTIC_WRITE },
        );
        if (!person) throw DomainError.notFound('PERSON_NOT_FOUND');
        return person;
      },
      change: async (em, person) => {
        const changes: Record<string, FieldChange> = {};
        if (command.refuseReturnVisits !== person.refuseReturnVisits) {
          changes['refuseReturnVisits'] = {
            from: person.refuseReturnVisits,
            to: command.refuseReturnVisits,
          };
          person.refuseReturnVisits = command.refuseReturnVisits;
        }
        if (command.preferredChannel !== person.preferredChannel) {
          changes['preferredChannel'] = { from: person.preferredChannel, to: command.preferredChannel };
          person.preferredChannel = command.preferredChannel;
        }
        if (command.reason !== undefined && command.reason !== person.preferencesReason) {
          changes['preferencesReason'] = { from: person.preferencesReason ?? null, to: command.reason };
          person.preferencesReason = command.reason;
        }
        if (Object.keys(changes).length > 0) {
          await recordPersonChange(em, this.outbox, person, {
            action: 'preferences-changed',
            changes,
            reason: command.reason,
          });
        }
        return person;
      },
      view: (_em, person) => toContactPreferencesView(person),
    });
  }

  /** For other services (CMP-10, MNT-10): may this person be visited, and how? */
  async get(query: GetContactPreferencesV1): Promise<ContactPreferencesView> {
    const person = await this.em.findOne(Person, { id: query.personId });
    if (!person) throw DomainError.notFound('PERSON_NOT_FOUND');
    return toContactPreferencesView(person);
  }
}
