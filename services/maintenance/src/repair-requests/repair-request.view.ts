import {
  EmergencyKind,
  maskPhone,
  RepairProgress,
  RepairSource,
  RepairTrade,
  RepairUrgency,
  ResponsibleParty,
  SurveyRole,
  WarrantyComponent,
  WorkOrderType,
  type RepairRequestView,
} from '@pcs/contracts';
import { compact, iso } from '../history/history.js';
import { overdueSince } from './repair-deadlines.js';
import type { RepairRequest } from './repair-request.entity.js';

export const REPAIR_REQUEST_RECORD = 'repair-request';

/**
 * The staff view of a request at `now`: codes with their Chinese labels, the phone masked (GEN-4), and
 * the deadline missed and still unmet, if any (decision 0350).
 */
export function repairRequestView(r: RepairRequest, now: Date): RepairRequestView {
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
    tradeLabels: r.trades.map((t) => RepairTrade.label(t)),
    urgency: r.urgency,
    urgencyLabel: RepairUrgency.label(r.urgency),
    emergencyKind: r.emergencyKind,
    emergencyKindLabel: r.emergencyKind ? EmergencyKind.label(r.emergencyKind) : undefined,
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
          participants: r.survey.participants.map((p) => ({ ...p, roleLabel: SurveyRole.label(p.role) })),
          componentLabel: WarrantyComponent.label(r.survey.component),
          responsiblePartyLabel: ResponsibleParty.label(r.survey.responsibleParty),
          workOrderTypeLabel: r.survey.workOrderType
            ? WorkOrderType.label(r.survey.workOrderType)
            : undefined,
        })
      : undefined,
    workOrderType: r.workOrderType,
    workOrderTypeLabel: r.workOrderType ? WorkOrderType.label(r.workOrderType) : undefined,
    workOrderId: r.workOrderId,
    overdueSince: iso(overdueSince(r, now)),
    createdAt: r.createdAt.toISOString(),
  }) as RepairRequestView;
}
