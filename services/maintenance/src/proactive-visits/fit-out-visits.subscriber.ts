import { Injectable } from '@nestjs/common';
import { DecorationInspectionPassed, ResidentsBus } from '@pcs/contracts';
import {
  CommunityTimeZones,
  ConsumesEvents,
  onEvent,
  type EventHandler,
  type EventSubscriber,
} from '@pcs/platform';
import { localDateOf } from '@pcs/work-calendar';
import { ProactiveVisitService } from './proactive-visit.service.js';

/** MNT-12: a fit-out that passed its acceptance is visited at 15–30 days, 3 and 6 months, once. */
@Injectable()
@ConsumesEvents({
  name: 'fit-outs',
  stream: ResidentsBus.stream,
  filterSubject: ResidentsBus.events.decorationInspectionPassed,
})
export class FitOutVisitsSubscriber implements EventSubscriber {
  constructor(
    private readonly visits: ProactiveVisitService,
    private readonly timeZones: CommunityTimeZones,
  ) {}

  handlers(): EventHandler[] {
    return [
      onEvent(DecorationInspectionPassed, async (event, em) => {
        const { decorationId, unitId, applicantPersonId, passedAt } = event.data;
        const companyId = event.companyid;
        if (!event.communityid) throw new Error(`event ${event.id} carries no communityid`);
        const communityId = event.communityid;
        const timeZone = await this.timeZones.timeZoneOf(em, companyId, communityId);
        await this.visits.schedule(em, {
          companyId,
          communityId,
          unitId,
          personId: applicantPersonId,
          trigger: 'fit-out',
          sourceKey: decorationId,
          startedOn: localDateOf(new Date(passedAt), timeZone),
          at: new Date(event.time),
        });
      }),
    ];
  }
}
