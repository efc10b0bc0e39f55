import { Injectable, Module } from '@nestjs/common';
import { PersonRegistered, PersonUpdated, ResidentsBus } from '@pcs/contracts';
import { ConsumesEvents, type EventSubscriber } from '../inbox/consumes-events.js';
import { onEvent, type EventHandler } from '../inbox/event-consumer.js';

/**
 * RES-7 for CMP-10 and MNT-10: keeps each resident's return-visit refusal and preferred channel. Each event carries
 * the whole preferences and the person's version; the newest version wins, so order does not matter.
 */
@Injectable()
@ConsumesEvents({ name: 'people', stream: ResidentsBus.stream, filterSubject: 'residents.events.person.>' })
export class ResidentPreferenceSubscriber implements EventSubscriber {
  handlers(): EventHandler[] {
    const upsert = async (
      em: Parameters<EventHandler['handle']>[1],
      companyId: string,
      personId: string,
      preferences: { refuseReturnVisits: boolean; preferredChannel: string },
      version: number,
    ) => {
      await em.execute(
        `insert into resident_preference (company_id, person_id, refuse_return_visits, preferred_channel, version)
         values (?, ?, ?, ?, ?)
         on conflict (company_id, person_id) do update
           set refuse_return_visits = excluded.refuse_return_visits,
               preferred_channel = excluded.preferred_channel, version = excluded.version
         where resident_preference.version < excluded.version`,
        [companyId, personId, preferences.refuseReturnVisits, preferences.preferredChannel, version],
      );
    };
    return [
      onEvent(PersonRegistered, (event, em) =>
        upsert(em, event.companyid, event.data.personId, event.data.preferences, event.aggregateversion ?? 1),
      ),
      onEvent(PersonUpdated, (event, em) =>
        upsert(em, event.companyid, event.data.personId, event.data.preferences, event.aggregateversion ?? 1),
      ),
    ];
  }
}

/**
 * For services that honour residents' contact preferences (complaints, maintenance): keeps
 * `ResidentPreference` from residents' person events (consumer `people`). List the entity among the
 * service's entities and create its table in a migration.
 */
@Module({ providers: [ResidentPreferenceSubscriber] })
export class ResidentPreferenceModule {}
