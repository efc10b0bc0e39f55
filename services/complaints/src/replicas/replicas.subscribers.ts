import { Injectable } from '@nestjs/common';
import { PersonRegistered, PersonUpdated, ResidentsBus, UnitCreated } from '@pcs/contracts';
import { ConsumesEvents, onEvent, type EventHandler, type EventSubscriber } from '@pcs/platform';

/** Keeps the unit replica from residents' `unit.created` (units never move community or building). */
@Injectable()
@ConsumesEvents({
  name: 'units',
  stream: ResidentsBus.stream,
  filterSubject: ResidentsBus.events.unitCreated,
})
export class UnitReplicaSubscriber implements EventSubscriber {
  handlers(): EventHandler[] {
    return [
      onEvent(UnitCreated, async (event, em) => {
        const { unitId, buildingId, label } = event.data;
        await em.execute(
          `insert into unit_replica (unit_id, company_id, community_id, building_id, label)
           values (?, ?, ?, ?, ?) on conflict (unit_id) do nothing`,
          [unitId, event.companyid, event.communityid, buildingId, label],
        );
      }),
    ];
  }
}

/**
 * RES-7 for CMP-10: keeps each resident's return-visit refusal and preferred channel. Each event carries
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
