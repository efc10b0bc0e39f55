import { Injectable } from '@nestjs/common';
import { ResidentsBus, UnitCreated, UnitUpdated } from '@pcs/contracts';
import { ConsumesEvents, onEvent, type EventHandler, type EventSubscriber } from '@pcs/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { noteHandover } from '../proactive-visits/proactive-visit.service.js';

interface UnitState {
  unitId: string;
  label: string;
  handoverDate?: string;
}

/**
 * Writes a unit as residents last described it. The two events come through two consumers, so in any
 * order: the newer version wins the label; a handover date is never lost to an older or dateless
 * version (a handover inspection may have set one first, decision 0136).
 */
async function keepUnit(
  em: EntityManager,
  event: { companyid: string; communityid?: string; aggregateversion?: number },
  unit: UnitState,
  correction: boolean,
): Promise<void> {
  const version = event.aggregateversion ?? 1;
  // A correction's date is the date now; the unit's first description only fills a missing one.
  const date = correction
    ? 'coalesce(excluded.handover_date, unit_replica.handover_date)'
    : 'coalesce(unit_replica.handover_date, excluded.handover_date)';
  await em.execute(
    `insert into unit_replica (unit_id, company_id, community_id, label, handover_date, version)
     values (?, ?, ?, ?, ?, ?)
     on conflict (unit_id) do update
       set label = excluded.label, handover_date = ${date}, version = excluded.version
     where unit_replica.version < excluded.version`,
    [unit.unitId, event.companyid, event.communityid, unit.label, unit.handoverDate ?? null, version],
  );
  // MNT-12 (decisions 0134, 0274): the unit's handover date counts for its community's first-year
  // equipment report, as a handover inspection's does (the earliest date decides).
  if (unit.handoverDate && event.communityid) {
    await noteHandover(em, event.companyid, event.communityid, unit.handoverDate);
  }
}

/** Keeps the unit replica from residents' `unit.created`: the unit's community and handover date (MNT-3). */
@Injectable()
@ConsumesEvents({
  name: 'units',
  stream: ResidentsBus.stream,
  filterSubject: ResidentsBus.events.unitCreated,
})
export class UnitReplicaSubscriber implements EventSubscriber {
  handlers(): EventHandler[] {
    return [onEvent(UnitCreated, (event, em) => keepUnit(em, event, event.data, false))];
  }
}

/** MNT-3: a unit corrected in residents (its handover date most of all) is corrected here too. */
@Injectable()
@ConsumesEvents({
  name: 'unit-corrections',
  stream: ResidentsBus.stream,
  filterSubject: ResidentsBus.events.unitUpdated,
})
export class UnitCorrectionsSubscriber implements EventSubscriber {
  handlers(): EventHandler[] {
    return [onEvent(UnitUpdated, (event, em) => keepUnit(em, event, event.data, true))];
  }
}
