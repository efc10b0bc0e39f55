import { Injectable } from '@nestjs/common';
import { OccupancyEnded, OccupancyStarted, ResidentsBus, UnitCreated } from '@pcs/contracts';
import { ConsumesEvents, onEvent, type EventHandler, type EventSubscriber } from '@pcs/platform';

/** BIL-2: the units billing bills, with their type and floor area (units never change community). */
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
        const { unitId, label, type, grossAreaCentiM2 } = event.data;
        await em.execute(
          `insert into unit_replica (unit_id, company_id, community_id, label, type, gross_area_centi_m2)
           values (?, ?, ?, ?, ?, ?) on conflict (unit_id) do nothing`,
          [unitId, event.companyid, event.communityid, label, type, grossAreaCentiM2],
        );
      }),
    ];
  }
}

/**
 * BIL-2: who held each unit and when. A start and an end fill their own columns of one row, so they
 * may arrive in either order.
 */
@Injectable()
@ConsumesEvents({
  name: 'occupancies',
  stream: ResidentsBus.stream,
  filterSubject: 'residents.events.occupancy.>',
})
export class OccupancyReplicaSubscriber implements EventSubscriber {
  handlers(): EventHandler[] {
    return [
      onEvent(OccupancyStarted, async (event, em) => {
        const { occupancyId, unitId, personId, role, startDate } = event.data;
        await em.execute(
          `insert into occupancy_replica (occupancy_id, company_id, unit_id, person_id, role, start_date)
           values (?, ?, ?, ?, ?, ?) on conflict (occupancy_id) do update set start_date = excluded.start_date`,
          [occupancyId, event.companyid, unitId, personId, role, startDate],
        );
      }),
      onEvent(OccupancyEnded, async (event, em) => {
        const { occupancyId, unitId, personId, role, endDate } = event.data;
        await em.execute(
          `insert into occupancy_replica (occupancy_id, company_id, unit_id, person_id, role, end_date)
           values (?, ?, ?, ?, ?, ?) on conflict (occupancy_id) do update set end_date = excluded.end_date`,
          [occupancyId, event.companyid, unitId, personId, role, endDate],
        );
      }),
    ];
  }
}
