import { Injectable } from '@nestjs/common';
import {
  ComplaintRepairRequested,
  ComplaintsBus,
  HandoverInspected,
  ResidentsBus,
  type RepairTrade,
} from '@pcs/contracts';
import { ConsumesEvents, onEvent, type EventHandler, type EventSubscriber } from '@pcs/platform';
import { MAINTENANCE_SYSTEM } from '../history/history.js';
import { ProactiveVisitService } from '../proactive-visits/proactive-visit.service.js';
import { RepairRequest } from './repair-request.entity.js';
import { RepairRequestService } from './repair-request.service.js';

/**
 * RES-3: each defect of a handover inspection becomes one type-A (warranty) request linked to the unit,
 * once however often the event is delivered: the inbox drops a redelivery, and the request is keyed by
 * the defect's id, so even a replay opens nothing twice. The inspection also tells maintenance the
 * unit's handover date (MNT-3), which starts the owner's proactive visits and the community's first-year
 * equipment report (MNT-12).
 */
@Injectable()
@ConsumesEvents({
  name: 'handovers',
  stream: ResidentsBus.stream,
  filterSubject: ResidentsBus.events.handoverInspected,
})
export class HandoverDefectsSubscriber implements EventSubscriber {
  constructor(
    private readonly requests: RepairRequestService,
    private readonly visits: ProactiveVisitService,
  ) {}

  handlers(): EventHandler[] {
    return [
      onEvent(HandoverInspected, async (event, em) => {
        const { unitId, handoverDate, defects, ownerPersonId, inspectedAt } = event.data;
        const companyId = event.companyid;
        const communityId = communityOf(event);
        await em.execute(
          `insert into unit_replica (unit_id, company_id, community_id, label, handover_date)
           values (?, ?, ?, ?, ?)
           on conflict (unit_id) do update set handover_date = excluded.handover_date`,
          [unitId, companyId, communityId, '', handoverDate],
        );
        await this.visits.schedule(em, {
          companyId,
          communityId,
          unitId,
          personId: ownerPersonId,
          trigger: 'handover',
          sourceKey: 'handover',
          startedOn: handoverDate,
          at: new Date(inspectedAt),
        });
        await this.visits.noteHandover(em, companyId, communityId, handoverDate);
        for (const defect of defects) {
          const opened = await em.findOne(
            RepairRequest,
            { companyId, source: 'handover', sourceKey: defect.id },
            { filters: false },
          );
          if (opened) continue;
          await this.requests.open(em, {
            companyId,
            communityId,
            source: 'handover',
            sourceKey: defect.id,
            unitId,
            location: defect.location,
            trades: defect.trades as RepairTrade[],
            urgency: 'normal',
            description: `验房缺陷（${defect.severityLabel}）：${defect.description}`,
            personId: ownerPersonId,
            receivedAt: new Date(inspectedAt),
            by: MAINTENANCE_SYSTEM,
          });
        }
      }),
    ];
  }
}

/**
 * CMP-2: a register entry about a repair opens one repair request linked to it; every stage of the
 * request is published with the complaint's id (`repair-request.progressed.v1`), which complaints follows.
 */
@Injectable()
@ConsumesEvents({
  name: 'complaint-repairs',
  stream: ComplaintsBus.stream,
  filterSubject: ComplaintsBus.events.complaintRepairRequested,
})
export class ComplaintRepairsSubscriber implements EventSubscriber {
  constructor(private readonly requests: RepairRequestService) {}

  handlers(): EventHandler[] {
    return [
      onEvent(ComplaintRepairRequested, async (event, em) => {
        const d = event.data;
        const companyId = event.companyid;
        const opened = await em.findOne(
          RepairRequest,
          { companyId, source: 'complaint', sourceKey: d.complaintId },
          { filters: false },
        );
        if (opened) return;
        await this.requests.open(em, {
          companyId,
          communityId: communityOf(event),
          source: 'complaint',
          sourceKey: d.complaintId,
          complaintId: d.complaintId,
          ...(d.unitId ? { unitId: d.unitId } : {}),
          location: d.location ?? (d.unitId ? undefined : '未注明位置'),
          // The register does not know trades; the survey confirms them (decision 0092).
          trades: ['other'],
          urgency: 'normal',
          description: `投诉${d.number}：${d.description}`.slice(0, 2000),
          ...(d.personId ? { personId: d.personId } : {}),
          // MNT-10 (decision 0321): a caller who left a contact is reached through the complaint.
          ...(d.anonymous === false ? { reachableThroughComplaint: true } : {}),
          receivedAt: new Date(d.requestedAt),
          by: MAINTENANCE_SYSTEM,
        });
      }),
    ];
  }
}

/** Residents and complaints stamp every event with its community; one without is malformed. */
function communityOf(event: { communityid?: string; id: string }): string {
  if (!event.communityid) throw new Error(`event ${event.id} carries no communityid`);
  return event.communityid;
}
