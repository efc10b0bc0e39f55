import { Injectable } from '@nestjs/common';
import { ResidentsBus, UnitStatusChanged } from '@pcs/contracts';
import {
  Clock,
  CommunityTimeZones,
  ConsumesEvents,
  localYear,
  onEvent,
  Outbox,
  type EventHandler,
  type EventSubscriber,
} from '@pcs/platform';
import { planFirstSurveyIfDue } from './survey-plan.js';
import { newSeed } from './survey-sample.js';

/**
 * Keeps each unit's status from residents' `unit.status-changed` (the newest version wins, so no order
 * is needed), and plans a community's first survey when the change brings it to half occupied
 * (SAT-1). A unit being decorated stays occupied when it was occupied before the works (decision 0140).
 */
@Injectable()
@ConsumesEvents({
  name: 'unit-statuses',
  stream: ResidentsBus.stream,
  filterSubject: ResidentsBus.events.unitStatusChanged,
})
export class UnitStatusSubscriber implements EventSubscriber {
  constructor(
    private readonly clock: Clock,
    private readonly communities: CommunityTimeZones,
    private readonly outbox: Outbox,
  ) {}

  handlers(): EventHandler[] {
    return [
      onEvent(UnitStatusChanged, async (event, em) => {
        const { unitId, from, to } = event.data;
        const companyId = event.companyid;
        const communityId = event.communityid;
        if (!companyId || !communityId) return;
        const occupied = to === 'occupied' || (to === 'decorating' && from === 'occupied');
        await em.execute(
          `insert into unit_status_replica (unit_id, company_id, community_id, status, occupied, version)
           values (?, ?, ?, ?, ?, ?)
           on conflict (unit_id) do update
             set status = excluded.status, occupied = excluded.occupied, version = excluded.version
           where unit_status_replica.version < excluded.version`,
          [unitId, companyId, communityId, to, occupied, event.aggregateversion ?? 1],
        );
        if (!occupied) return;
        const now = this.clock.now();
        const timeZone = await this.communities.timeZoneOf(em, companyId, communityId);
        await planFirstSurveyIfDue(
          em,
          this.outbox,
          companyId,
          communityId,
          now,
          localYear(now, timeZone),
          newSeed(),
        );
      }),
    ];
  }
}
