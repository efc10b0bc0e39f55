import { LABELS, type ApiSchema } from '@pcs/api-client';
import type { PathWith } from '../api/gateway-api';
import { mayCall, type OperationId, type OperationRoles } from '../permissions/operation-roles';

export type WorkOrderView = ApiSchema<'WorkOrderView'>;
type Status = WorkOrderView['status'];
export type WorkOrderActionCode = keyof typeof LABELS.WorkOrderAction;
export type ApprovalStepCode = keyof typeof LABELS.ApprovalStep;

export const WORK_ORDER_ACTION_LABELS = LABELS.WorkOrderAction;

const BEFORE_CHECK: readonly Status[] = [
  'awaiting-approval',
  'approved',
  'dispatched',
  'in-progress',
  'awaiting-check',
];
const AFTER_COMPLETION: readonly Status[] = [
  'completed',
  'settlement-submitted',
  'settlement-reviewed',
  'contractor-confirmed',
  'settled',
];

/**
 * MNT-5 … MNT-10, MNT-13: from which statuses each action may be taken (the maintenance service's
 * state table, restated from the rules; decision 0167 says why it is not imported). The service also
 * checks guards beyond the status; those the view shows are in `allowedWorkOrderActions`.
 */
export const ACTION_STATUSES: Readonly<Record<WorkOrderActionCode, readonly Status[]>> = {
  approve: ['awaiting-approval'],
  dispatch: ['approved'],
  arrive: ['dispatched'],
  'record-work': ['in-progress'],
  finish: ['in-progress'],
  check: ['awaiting-check'],
  'sign-off': ['checked'],
  extend: BEFORE_CHECK,
  'submit-settlement': ['completed'],
  'review-settlement': ['settlement-submitted'],
  'confirm-settlement': ['settlement-reviewed'],
  'certify-settlement': ['contractor-confirmed'],
  cancel: ['awaiting-approval', 'approved', 'dispatched'],
  'retry-fund-draw': ['settled'],
  'return-visit': AFTER_COMPLETION,
};

/** MNT-9: only a type-A (warranty) order has the contractor confirm and the deputy chief engineer certify. */
const TYPE_A_ONLY: readonly WorkOrderActionCode[] = ['confirm-settlement', 'certify-settlement'];

/** MNT-6: the role that takes each approval step (副总工程师 is the role `chief-engineer`). */
export const STEP_ROLE: Readonly<Record<ApprovalStepCode, string>> = {
  'cs-manager-approval': 'cs-manager',
  'deputy-chief-engineer-review': 'chief-engineer',
  'deputy-gm-approval': 'deputy-gm',
  'gm-approval': 'gm',
};

/** MNT-9: who reviews a final account (customer service up to 20,000 yuan, audit above). */
const REVIEWER_ROLES: Readonly<Record<string, readonly string[]>> = {
  'customer-service': ['cs-manager', 'cs-supervisor'],
  audit: ['auditor'],
};

/** Each action's route: its operation id (for the permission table) and its path. */
export const ACTION_OPERATIONS: Readonly<
  Record<WorkOrderActionCode, { operationId: OperationId; path: PathWith<'post'> }>
> = {
  approve: { operationId: 'approveWorkOrder', path: '/api/v1/work-orders/{id}/approve' },
  dispatch: { operationId: 'dispatchWorkOrder', path: '/api/v1/work-orders/{id}/dispatch' },
  arrive: { operationId: 'recordWorkOrderArrival', path: '/api/v1/work-orders/{id}/arrival' },
  'record-work': { operationId: 'recordWorkOrderWork', path: '/api/v1/work-orders/{id}/work' },
  finish: { operationId: 'finishWorkOrder', path: '/api/v1/work-orders/{id}/finish' },
  check: { operationId: 'recordCompletionCheck', path: '/api/v1/work-orders/{id}/check' },
  'sign-off': { operationId: 'signOffWorkOrder', path: '/api/v1/work-orders/{id}/sign-off' },
  extend: { operationId: 'extendWorkOrder', path: '/api/v1/work-orders/{id}/extend' },
  'submit-settlement': { operationId: 'submitSettlement', path: '/api/v1/work-orders/{id}/settlement' },
  'review-settlement': {
    operationId: 'reviewSettlement',
    path: '/api/v1/work-orders/{id}/settlement/review',
  },
  'confirm-settlement': {
    operationId: 'confirmSettlement',
    path: '/api/v1/work-orders/{id}/settlement/confirm',
  },
  'certify-settlement': {
    operationId: 'certifySettlement',
    path: '/api/v1/work-orders/{id}/settlement/certify',
  },
  cancel: { operationId: 'cancelWorkOrder', path: '/api/v1/work-orders/{id}/cancel' },
  'retry-fund-draw': { operationId: 'retryFundDraw', path: '/api/v1/work-orders/{id}/settlement/pay' },
  'return-visit': {
    operationId: 'recordWorkOrderReturnVisit',
    path: '/api/v1/work-orders/{id}/return-visit',
  },
};

/** Whether the state machine lets an order of this type and status take the action. */
export function stateAllows(
  type: WorkOrderView['type'],
  status: Status,
  action: WorkOrderActionCode,
): boolean {
  if (TYPE_A_ONLY.includes(action) && type !== 'a') return false;
  return ACTION_STATUSES[action].includes(status);
}

/** The approval step waiting for its approver, if any (MNT-6). */
export function pendingApproval(order: Pick<WorkOrderView, 'approvals'>) {
  return order.approvals.find((approval) => !approval.at);
}

/**
 * MNT-6: whether the caller takes the approval step due (to approve it, or to send the estimate back,
 * decision 0324): the step's role, never the requester nor an earlier approver of the chain.
 */
export function takesPendingStep(
  order: Pick<WorkOrderView, 'approvals' | 'requestedBy'>,
  staffId: string,
  roles: readonly string[],
): boolean {
  const step = pendingApproval(order);
  return (
    step !== undefined &&
    roles.includes(STEP_ROLE[step.step]) &&
    order.requestedBy.staffId !== staffId &&
    !order.approvals.some((approval) => approval.by?.staffId === staffId)
  );
}

/**
 * The guards beyond the status that the view lets the console see: the next approval step's role and
 * never the requester or an earlier approver (MNT-6), the reviewer the amount names and the
 * certifier (MNT-9), a return visit that is due (MNT-10), a fund draw still to be made (MNT-13).
 */
function guardAllows(
  order: WorkOrderView,
  action: WorkOrderActionCode,
  staffId: string,
  roles: readonly string[],
): boolean {
  switch (action) {
    case 'approve':
      return takesPendingStep(order, staffId, roles);
    case 'review-settlement': {
      const reviewer = order.settlement?.reviewer;
      return reviewer !== undefined && (REVIEWER_ROLES[reviewer] ?? []).some((r) => roles.includes(r));
    }
    case 'certify-settlement':
      return roles.includes('chief-engineer');
    case 'finish':
      return order.work.length > 0;
    case 'return-visit':
      return order.returnVisit.status === 'due';
    case 'retry-fund-draw':
      return order.settlement?.fundDraw === 'pending' || order.settlement?.fundDraw === 'refused';
    default:
      return true;
  }
}

/**
 * The actions a work order's page offers: those its type and status allow, whose guards the view
 * shows to be met, that one of the caller's roles may call, and that the console has a form for
 * (`offered`), in the order given there.
 */
export function allowedWorkOrderActions(
  order: WorkOrderView,
  caller: { staffId: string; roles: readonly string[] },
  table: OperationRoles,
  offered: readonly WorkOrderActionCode[],
): WorkOrderActionCode[] {
  return offered.filter(
    (action) =>
      stateAllows(order.type, order.status, action) &&
      guardAllows(order, action, caller.staffId, caller.roles) &&
      mayCall(table, ACTION_OPERATIONS[action].operationId, caller.roles),
  );
}
