import { Injectable } from '@nestjs/common';
import { ResidentsBus, UnitCreated } from '@pcs/contracts';
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
