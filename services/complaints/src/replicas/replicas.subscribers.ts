import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { PersonRegistered, ResidentsBus, UnitCreated, UnitUpdated, type UnitType } from '@pcs/contracts';
import { ConsumesEvents, onEvent, type EventHandler, type EventSubscriber } from '@pcs/platform';

/**
 * Writes a unit as residents last described it. `unit.created` and `unit.updated` come through two
 * consumers, so in either order: the newest version wins the label and the type (decision 0303).
 * Units never move community or building.
 */
async function keepUnit(
  em: EntityManager,
  event: { companyid: string; communityid?: string; aggregateversion?: number },
  unit: { unitId: string; buildingId: string; label: string; type: UnitType },
): Promise<void> {
  await em.execute(
    `insert into unit_replica (unit_id, company_id, community_id, building_id, label, type, version)
     values (?, ?, ?, ?, ?, ?, ?)
     on conflict (unit_id) do update set label = excluded.label, type = excluded.type, version = excluded.version
     where unit_replica.version < excluded.version`,
    [
      unit.unitId,
      event.companyid,
      event.communityid,
      unit.buildingId,
      unit.label,
      unit.type,
      event.aggregateversion ?? 1,
    ],
  );
}

/** Keeps the unit replica from residents' `unit.created`. */
@Injectable()
@ConsumesEvents({
  name: 'units',
  stream: ResidentsBus.stream,
  filterSubject: ResidentsBus.events.unitCreated,
})
export class UnitReplicaSubscriber implements EventSubscriber {
  handlers(): EventHandler[] {
    return [onEvent(UnitCreated, (event, em) => keepUnit(em, event, event.data))];
  }
}

/**
 * SAT-1, SAT-2, DESK-3: a unit corrected in residents (its label after a building is renamed, its
 * type) is corrected here too (decisions 0111, 0303).
 */
@Injectable()
@ConsumesEvents({
  name: 'unit-corrections',
  stream: ResidentsBus.stream,
  filterSubject: ResidentsBus.events.unitUpdated,
})
export class UnitCorrectionsSubscriber implements EventSubscriber {
  handlers(): EventHandler[] {
    return [onEvent(UnitUpdated, (event, em) => keepUnit(em, event, event.data))];
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
