import {
  ApprovalStep,
  ContactChannel,
  FundDrawStatus,
  RepairReturnVisitMethod,
  ReturnVisitExemption,
  ReturnVisitStatus,
  Satisfaction,
  SettlementReviewer,
  WorkExecutor,
  WorkOrderStatus,
  WorkOrderType,
  type WorkOrderView,
} from '@pcs/contracts';
import { compact, iso } from '../history/history.js';
import type { WorkOrder } from './work-order.entity.js';
import { BEFORE_CHECK } from './work-order.state.js';

export const WORK_ORDER_RECORD = 'work-order';

/** The staff view of a work order, codes with their Chinese labels. */
export function workOrderView(o: WorkOrder, now: Date): WorkOrderView {
  return compact({
    id: o.id,
    number: o.number,
    communityId: o.communityId,
    repairRequestId: o.repairRequestId,
    repairRequestNumber: o.repairRequestNumber,
    unitId: o.unitId,
    type: o.type,
    typeLabel: WorkOrderType.label(o.type),
    status: o.status,
    statusLabel: WorkOrderStatus.label(o.status),
    description: o.description,
    estimateFen: o.estimateFen,
    chargeableFen: o.chargeableFen,
    // MNT-4: what the resident is charged for, as priced when the order was opened (decision 0270).
    paidServices: o.paidServices.map((l) =>
      compact({
        code: l.code,
        name: l.name,
        unit: l.unit,
        quantity: l.quantity,
        unitPriceFen: l.unitPriceFen,
        amountFen: l.quantity * l.unitPriceFen,
      }),
    ),
    approvals: o.approvals.map((a) =>
      compact({
        step: a.step,
        stepLabel: ApprovalStep.label(a.step),
        by: a.byId ? { staffId: a.byId, name: a.byName ?? '' } : undefined,
        at: a.at,
      }),
    ),
    requestedBy: { staffId: o.requestedById, name: o.requestedByName },
    executor: o.executor,
    executorLabel: o.executor ? WorkExecutor.label(o.executor) : undefined,
    teamId: o.teamId,
    teamName: o.teamName,
    technician: o.technicianId ? { staffId: o.technicianId, name: o.technicianName ?? '' } : undefined,
    contractorName: o.contractorName,
    dueAt: o.dueAt.toISOString(),
    overdue: BEFORE_CHECK.includes(o.status) && o.dueAt.getTime() < now.getTime(),
    extensionConsent: o.extensionConsent,
    arrivedAt: iso(o.arrivedAt),
    work: o.work.map((w) => ({
      at: w.at,
      by: { staffId: w.byId, name: w.byName },
      workDone: w.workDone,
      materials: w.materials,
      photos: w.photos,
    })),
    checks: o.checks.map((c) =>
      compact({ at: c.at, passed: c.passed, inspectors: c.inspectors, itemsToFix: c.itemsToFix }),
    ),
    signedOffBy: o.signedOffBy,
    satisfaction: o.satisfaction,
    satisfactionLabel: o.satisfaction ? Satisfaction.label(o.satisfaction) : undefined,
    opinion: o.opinion,
    completedAt: iso(o.completedAt),
    returnVisit: compact({
      status: o.returnVisitStatus,
      statusLabel: ReturnVisitStatus.label(o.returnVisitStatus),
      dueAt: iso(o.returnVisitDueAt),
      overdue:
        o.returnVisitStatus === 'due' && !!o.returnVisitDueAt && o.returnVisitDueAt.getTime() < now.getTime(),
      exemption: o.returnVisitExemption,
      exemptionLabel: o.returnVisitExemption ? ReturnVisitExemption.label(o.returnVisitExemption) : undefined,
      method: o.returnVisitMethod,
      methodLabel: o.returnVisitMethod ? RepairReturnVisitMethod.label(o.returnVisitMethod) : undefined,
      // RES-7, MNT-10: the way the resident wants to be reached (decision 0325).
      preferredChannel: o.returnVisitChannel,
      preferredChannelLabel: o.returnVisitChannel ? ContactChannel.label(o.returnVisitChannel) : undefined,
      satisfaction: o.returnVisitSatisfaction,
      satisfactionLabel: o.returnVisitSatisfaction
        ? Satisfaction.label(o.returnVisitSatisfaction)
        : undefined,
      comments: o.returnVisitComments,
      visitedAt: iso(o.visitedAt),
    }),
    settlement:
      o.settlementId && o.finalAccountFen && o.settlementReviewer
        ? compact({
            settlementId: o.settlementId,
            finalAccountFen: o.finalAccountFen,
            submittedBy: o.settlementSubmittedById
              ? { staffId: o.settlementSubmittedById, name: o.settlementSubmittedByName ?? '' }
              : undefined,
            reviewer: o.settlementReviewer,
            reviewerLabel: SettlementReviewer.label(o.settlementReviewer),
            settledFen: o.settledFen,
            contractorSignatory: o.contractorSignatory,
            certifiedAt: iso(o.certifiedAt),
            fundDraw: o.fundDraw,
            fundDrawLabel: FundDrawStatus.label(o.fundDraw),
            // Decision 0379: whoever asks to pay again is told why it was refused, in billing's words.
            fundDrawMessage: o.fundDraw === 'refused' ? (o.fundDrawMessage ?? undefined) : undefined,
          })
        : undefined,
    createdAt: o.createdAt.toISOString(),
  }) as WorkOrderView;
}
