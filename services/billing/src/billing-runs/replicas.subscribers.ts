import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { OccupancyEnded, OccupancyStarted, ResidentsBus, UnitCreated, UnitUpdated } from '@pcs/contracts';
import { ConsumesEvents, onEvent, type EventHandler, type EventSubscriber } from '@pcs/platform';
import { addDays } from '@pcs/work-calendar';
import { OccupancyCorrection } from './occupancy-correction.js';

/**
 * Writes a unit as residents last described it: `unit.created` and `unit.updated` each carry the whole
 * unit and its version, and come through two consumers, so the newer version wins in either order.
 */
async function keepUnit(
  em: EntityManager,
  event: { companyid: string; communityid?: string; aggregateversion?: number },
  unit: { unitId: string; label: string; type: string; grossAreaCentiM2: number },
): Promise<void> {
  await em.execute(
    `insert into unit_replica (unit_id, company_id, community_id, label, type, gross_area_centi_m2, version)
     values (?, ?, ?, ?, ?, ?, ?)
     on conflict (unit_id) do update
       set label = excluded.label, type = excluded.type,
           gross_area_centi_m2 = excluded.gross_area_centi_m2, version = excluded.version
     where unit_replica.version < excluded.version`,
    [
      unit.unitId,
      event.companyid,
      event.communityid,
      unit.label,
      unit.type,
      unit.grossAreaCentiM2,
      event.aggregateversion ?? 1,
    ],
  );
}

/** BIL-2: the units billing bills, with their type and floor area (units never change community). */
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
 * BIL-1, BIL-2: a corrected floor area or type is billed from the next run on; bills already issued
 * keep what they were issued with.
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
 * BIL-2: who held each unit and when, and which tenants pay its fees (decision 0244). A start and an
 * end fill their own columns of one row, so they may arrive in either order. A change for days of a
 * month already billed re-bills that month's changed parts, in the same transaction (decision 0364).
 */
@Injectable()
@ConsumesEvents({
  name: 'occupancies',
  stream: ResidentsBus.stream,
  filterSubject: 'residents.events.occupancy.>',
})
export class OccupancyReplicaSubscriber implements EventSubscriber {
  constructor(private readonly correction: OccupancyCorrection) {}

  handlers(): EventHandler[] {
    return [
      onEvent(OccupancyStarted, async (event, em) => {
        const { occupancyId, unitId, personId, role, startDate, paysFees } = event.data;
        await em.execute(
          `insert into occupancy_replica (occupancy_id, company_id, unit_id, person_id, role, start_date, pays_fees)
           values (?, ?, ?, ?, ?, ?, ?)
           on conflict (occupancy_id) do update set start_date = excluded.start_date, pays_fees = excluded.pays_fees`,
          [occupancyId, event.companyid, unitId, personId, role, startDate, paysFees === true],
        );
        if (role === 'owner' || role === 'tenant')
          await this.correction.afterOccupancyChanged(em, event.companyid, unitId, startDate);
      }),
      onEvent(OccupancyEnded, async (event, em) => {
        const { occupancyId, unitId, personId, role, endDate } = event.data;
        await em.execute(
          `insert into occupancy_replica (occupancy_id, company_id, unit_id, person_id, role, end_date)
           values (?, ?, ?, ?, ?, ?) on conflict (occupancy_id) do update set end_date = excluded.end_date`,
          [occupancyId, event.companyid, unitId, personId, role, endDate],
        );
        // The end day is still the holder's (decision 0384): the days from the next one change hands.
        if (role === 'owner' || role === 'tenant')
          await this.correction.afterOccupancyChanged(em, event.companyid, unitId, addDays(endDate, 1));
      }),
    ];
  }
}
