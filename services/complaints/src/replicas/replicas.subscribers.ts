import { Injectable } from '@nestjs/common';
import { PersonRegistered, ResidentsBus, UnitCreated } from '@pcs/contracts';
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
        const { unitId, buildingId, label, type } = event.data;
        await em.execute(
          `insert into unit_replica (unit_id, company_id, community_id, building_id, label, type)
           values (?, ?, ?, ?, ?, ?) on conflict (unit_id) do nothing`,
          [unitId, event.companyid, event.communityid, buildingId, label, type],
        );
      }),
    ];
  }
}

/**
 * Keeps the person replica from residents' `person.registered`: a resident's file is in one community
 * (RES-2), and a registration names only residents of its own community (decision 0217).
 */
@Injectable()
@ConsumesEvents({
  name: 'person-communities',
  stream: ResidentsBus.stream,
  filterSubject: ResidentsBus.events.personRegistered,
})
export class PersonReplicaSubscriber implements EventSubscriber {
  handlers(): EventHandler[] {
    return [
      onEvent(PersonRegistered, async (event, em) => {
        if (!event.communityid) return; // a person is always filed in a community; nothing to keep
        await em.execute(
          `insert into person_replica (company_id, person_id, community_id)
           values (?, ?, ?) on conflict (company_id, person_id) do nothing`,
          [event.companyid, event.data.personId, event.communityid],
        );
      }),
    ];
  }
}
