import {
  DefectSeverity,
  RepairTrade,
  type HandoverDefectView,
  type HandoverInspectionView,
} from '@pcs/contracts';
import type { HandoverDefectRecord, HandoverInspection } from './handover-inspection.entity.js';

export function toHandoverDefectView(d: HandoverDefectRecord): HandoverDefectView {
  return {
    id: d.id,
    location: d.location,
    description: d.description,
    trades: d.trades,
    tradeLabels: d.trades.map((t) => RepairTrade.label(t)),
    severity: d.severity,
    severityLabel: DefectSeverity.label(d.severity),
  };
}

export function toHandoverInspectionView(i: HandoverInspection): HandoverInspectionView {
  return {
    id: i.id,
    communityId: i.communityId,
    unitId: i.unitId,
    ownerPersonId: i.ownerPersonId,
    inspectedAt: i.inspectedAt.toISOString(),
    handoverDate: i.handoverDate,
    inspectedBy: { staffId: i.inspectedById, name: i.inspectedByName },
    defects: i.defects.map(toHandoverDefectView),
  };
}
