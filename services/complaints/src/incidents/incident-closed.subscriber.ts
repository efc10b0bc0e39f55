import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { CATEGORY_DEPARTMENTS, ComplaintsBus, IncidentClosed } from '@pcs/contracts';
import { CallContext, ConsumesEvents, onEvent, type EventHandler, type EventSubscriber } from '@pcs/platform';
import { ComplaintActionsService, refusesVisits } from '../complaints/complaint-actions.service.js';
import { COMPLAINT_POLICY } from '../complaints/complaint-policy.js';
import { decide } from '../complaints/complaint.rules.js';
import { canTakeAction } from '../complaints/complaint.state.js';
import { Complaint } from '../complaints/complaint.entity.js';
import { Incident } from './incident.entity.js';

/**
 * CMP-15: closing an incident resolves its complaints with its record. Each complaint is resolved
 * once: the inbox drops a redelivered event, and a complaint the closing already resolved carries
 * `incidentResolvedAt`, so even a new copy of the event finds nothing left to do. A complaint still
 * unassigned is first assigned to whoever closed the incident. Return visits follow as for any
 * resolution (CMP-9).
 */
@Injectable()
@ConsumesEvents({
  name: 'incidents',
  stream: ComplaintsBus.stream,
  filterSubject: ComplaintsBus.events.incidentClosed,
})
export class IncidentClosedSubscriber implements EventSubscriber {
  constructor(private readonly actions: ComplaintActionsService) {}

  handlers(): EventHandler[] {
    return [
      onEvent(IncidentClosed, async (event, em) => {
        const { incidentId, number, measures, result, closedBy, closedAt } = event.data;
        const incident = await em.findOne(Incident, { id: incidentId }, { filters: false });
        if (!incident || incident.companyId !== event.companyid) return;
        const complaints = await em.find(
          Complaint,
          { incidentId, incidentResolvedAt: null },
          { filters: false, lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } },
        );
        const actor = {
          sub: closedBy.staffId,
          name: closedBy.name,
          companyId: incident.companyId,
          roles: [],
          communities: [incident.communityId],
        };
        const now = new Date(closedAt);
        let resolved = 0;
        await CallContext.run({ actor, correlationId: `incident:${incidentId}` }, async () => {
          for (const complaint of complaints) {
            complaint.incidentResolvedAt = now;
            if (complaint.status === 'registered') {
              const department = complaint.category
                ? CATEGORY_DEPARTMENTS[complaint.category]
                : 'customer-service';
              const handler = { staffId: closedBy.staffId, name: closedBy.name };
              await this.actions.apply(
                em,
                complaint,
                'assign',
                decide(complaint, { action: 'assign', department, handler }, now, COMPLAINT_POLICY),
                now,
                `突发事件${number}关闭`,
              );
            }
            if (!canTakeAction(complaint.kind, complaint.status, 'resolve')) continue;
            await this.actions.apply(
              em,
              complaint,
              'resolve',
              decide(
                complaint,
                { action: 'resolve', measures, result, refusesVisits: await refusesVisits(em, complaint) },
                now,
                COMPLAINT_POLICY,
              ),
              now,
              `突发事件${number}关闭`,
            );
            resolved += 1;
          }
        });
        incident.resolvedComplaintCount += resolved;
      }),
    ];
  }
}
