import {
  ComplaintCategory,
  EarlyWarningStatus,
  IncidentCause,
  IncidentStatus,
  type EarlyWarningView,
  type IncidentView,
} from '@pcs/contracts';
import type { EarlyWarning } from './early-warning.entity.js';
import type { Incident } from './incident.entity.js';

export function earlyWarningView(w: EarlyWarning): EarlyWarningView {
  return {
    id: w.id,
    communityId: w.communityId,
    buildingId: w.buildingId,
    category: w.category,
    categoryLabel: ComplaintCategory.label(w.category),
    status: w.status,
    statusLabel: EarlyWarningStatus.label(w.status),
    threshold: w.threshold,
    windowDays: w.windowDays,
    complaintCount: w.complaints.length,
    complaintIds: w.complaints.map((c) => c.id),
    complaintNumbers: w.complaints.map((c) => c.number),
    raisedAt: w.raisedAt.toISOString(),
    ...(w.incidentId ? { incidentId: w.incidentId } : {}),
    actions: w.actions.map((a) => ({ at: a.at, by: { staffId: a.byId, name: a.byName }, note: a.note })),
    ...(w.closedAt ? { closedAt: w.closedAt.toISOString() } : {}),
  };
}

export function incidentView(i: Incident): IncidentView {
  return {
    id: i.id,
    number: i.number,
    communityId: i.communityId,
    buildingIds: i.buildingIds,
    cause: i.cause,
    causeLabel: IncidentCause.label(i.cause),
    title: i.title,
    description: i.description,
    notice: i.notice,
    ...(i.expectedEndAt ? { expectedEndAt: i.expectedEndAt.toISOString() } : {}),
    status: i.status,
    statusLabel: IncidentStatus.label(i.status),
    ...(i.warningId ? { warningId: i.warningId } : {}),
    householdCount: i.householdCount,
    complaintCount: i.complaintCount,
    resolvedComplaintCount: i.resolvedComplaintCount,
    openedAt: i.openedAt.toISOString(),
    openedBy: { staffId: i.openedById, name: i.openedByName },
    ...(i.closedAt ? { closedAt: i.closedAt.toISOString() } : {}),
    ...(i.closedById ? { closedBy: { staffId: i.closedById, name: i.closedByName ?? '' } } : {}),
    ...(i.measures ? { measures: i.measures } : {}),
    ...(i.result ? { result: i.result } : {}),
  };
}
