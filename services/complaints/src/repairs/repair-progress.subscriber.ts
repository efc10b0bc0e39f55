import { Injectable } from '@nestjs/common';
import { MaintenanceBus, RepairProgress, RepairRequestProgressed } from '@pcs/contracts';
import { archive, ConsumesEvents, onEvent, type EventHandler, type EventSubscriber } from '@pcs/platform';
import { Complaint } from '../complaints/complaint.entity.js';
import { COMPLAINT_RECORD } from '../complaints/complaint.view.js';

/** Maintenance, as the archive names it when its progress is recorded on an entry (GEN-3). */
const MAINTENANCE_ACTOR = { sub: 'system:maintenance', name: '维修系统' };

/**
 * CMP-2: an entry that asked for a repair follows maintenance's progress on it: the latest stage is
 * shown on the entry and each stage is in its history. Consumed in order per repair request, so a
 * late `accepted` never overwrites `completed`.
 */
@Injectable()
@ConsumesEvents({
  name: 'repairs',
  stream: MaintenanceBus.stream,
  filterSubject: MaintenanceBus.events.repairRequestProgressed,
  ordered: true,
})
export class RepairProgressSubscriber implements EventSubscriber {
  handlers(): EventHandler[] {
    return [
      onEvent(RepairRequestProgressed, async (event, em) => {
        const { complaintId, repairRequestId, progress, number, note, at } = event.data;
        if (!complaintId) return; // a repair nobody registered at the desk
        const complaint = await em.findOne(Complaint, { id: complaintId }, { filters: false });
        if (!complaint || complaint.companyId !== event.companyid || !complaint.repairRequested) return;
        complaint.repairStatus = progress;
        // CMP-2: the entry shows which repair request it raised (decision 0218).
        complaint.repairRequestId = repairRequestId;
        complaint.repairRequestNumber = number;
        archive(
          em,
          {
            companyId: complaint.companyId,
            communityId: complaint.communityId,
            recordType: COMPLAINT_RECORD,
            recordId: complaint.id,
            action: 'repair-progressed',
            changes: {
              repairRequestNumber: number,
              repairStatus: progress,
              repairStatusLabel: RepairProgress.label(progress),
            },
            reason: note,
            at: new Date(at),
          },
          MAINTENANCE_ACTOR,
        );
      }),
    ];
  }
}
