import {
  maskPhone,
  RepairProgress,
  RepairSource,
  ResponsibleParty,
  WarrantyComponent,
  type RepairRequestView,
} from '@pcs/contracts';
import { compact, iso } from '../history/history.js';
import type { RepairRequest } from './repair-request.entity.js';

export const REPAIR_REQUEST_RECORD = 'repair-request';

/** The staff view of a request: codes with their Chinese labels, the phone masked (GEN-4). */
export function repairRequestView(r: RepairRequest): RepairRequestView {
  return compact({
    id: r.id,
    number: r.number,
    communityId: r.communityId,
    source: r.source,
    sourceLabel: RepairSource.label(r.source),
    complaintId: r.complaintId,
    unitId: r.unitId,
    location: r.location,
    trades: r.trades,
    urgency: r.urgency,
    emergencyKind: r.emergencyKind,
    description: r.description,
    personId: r.personId,
    contactSurname: r.contactSurname,
    contactPhone: r.contactPhone ? maskPhone(r.contactPhone) : undefined,
    progress: r.progress,
    progressLabel: RepairProgress.label(r.progress),
    receivedAt: r.receivedAt.toISOString(),
    onSiteDueAt: iso(r.onSiteDueAt),
    arrivedAt: iso(r.arrivedAt),
    madeSafeDueAt: iso(r.madeSafeDueAt),
    madeSafeAt: iso(r.madeSafeAt),
    surveyDueAt: r.surveyDueAt.toISOString(),
    survey: r.survey
      ? compact({
          ...r.survey,
          componentLabel: WarrantyComponent.label(r.survey.component),
          responsiblePartyLabel: ResponsibleParty.label(r.survey.responsibleParty),
        })
      : undefined,
    workOrderType: r.workOrderType,
    workOrderId: r.workOrderId,
    overdueSince: iso(r.overdueSince),
    createdAt: r.createdAt.toISOString(),
  }) as RepairRequestView;
}
