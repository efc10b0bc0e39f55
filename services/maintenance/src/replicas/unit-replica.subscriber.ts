import { Injectable } from '@nestjs/common';
import { ResidentsBus, UnitCreated } from '@pcs/contracts';
import { ConsumesEvents, onEvent, type EventHandler, type EventSubscriber } from '@pcs/platform';

/**
 * Keeps the unit replica from residents' `unit.created`: the unit's community (a request for it must be
 * in the same one) and its handover date for warranty (MNT-3). A handover inspection may have set the
 * date first; the unit's own date then fills only what is missing.
 */
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
        const { unitId, label, handoverDate } = event.data;
        await em.execute(
          `insert into unit_replica (unit_id, company_id, community_id, label, handover_date)
           values (?, ?, ?, ?, ?)
           on conflict (unit_id) do update
             set label = excluded.label,
                 handover_date = coalesce(unit_replica.handover_date, excluded.handover_date)`,
          [unitId, event.companyid, event.communityid, label, handoverDate ?? null],
        );
      }),
    ];
  }
}
