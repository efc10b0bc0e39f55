import { LABELS } from '@pcs/api-client';
import type { PathWith } from '../api/gateway-api';
import { mayCall, type OperationId, type OperationRoles } from '../permissions/operation-roles';
import { optionsOf } from '../common/select-options';
import type { ActionForm } from './field-forms';
import { takesPendingStep, type WorkOrderActionCode, type WorkOrderView } from './work-order-actions';

/**
 * 退回 (decisions 0324, 0354): the approver of the step due sends the estimate back for a new survey. It is
 * not one of the API's `WorkOrderAction` codes, so the page offers it beside those, after 审批.
 */
export type WorkOrderPageAction = WorkOrderActionCode | 'return';

export const RETURN_LABEL = '退回';

export const RETURN_OPERATION: { operationId: OperationId; path: PathWith<'post'> } = {
  operationId: 'returnWorkOrder',
  path: '/api/v1/work-orders/{id}/return',
};

/** `ApprovalReturnDetailsV1`: the reason is mandatory. */
export const RETURN_FORM: ActionForm = {
  fields: [{ name: 'reason', label: '退回原因', input: 'textarea', required: true, maxLength: 500 }],
};

/**
 * MNT-6, decision 0324: an order awaiting approval may be sent back by whoever may take the step due
 * (its role, never the requester nor an earlier approver), with the route's permission.
 */
export function mayReturn(
  order: WorkOrderView,
  caller: { staffId: string; roles: readonly string[] },
  table: OperationRoles,
): boolean {
  return (
    order.status === 'awaiting-approval' &&
    takesPendingStep(order, caller.staffId, caller.roles) &&
    mayCall(table, RETURN_OPERATION.operationId, caller.roles)
  );
}

/** The page's actions: the order's allowed actions, with 退回 right after 审批 where it may be taken. */
export function withReturn(
  actions: readonly WorkOrderActionCode[],
  order: WorkOrderView,
  caller: { staffId: string; roles: readonly string[] },
  table: OperationRoles,
): WorkOrderPageAction[] {
  if (!mayReturn(order, caller, table)) return [...actions];
  const at = actions.indexOf('approve') + 1;
  return [...actions.slice(0, at), 'return', ...actions.slice(at)];
}

/**
 * MNT-10, decision 0325: a repair's return visit may also be made by SMS or the owners' app, and the
 * form names the resident's preferred channel (RES-7) under 回访方式.
 */
export function returnVisitForm(form: ActionForm, order: Pick<WorkOrderView, 'returnVisit'>): ActionForm {
  const preferred = order.returnVisit.preferredChannelLabel;
  return {
    ...form,
    fields: form.fields.map((field) =>
      field.name === 'method'
        ? {
            ...field,
            options: optionsOf(LABELS.RepairReturnVisitMethod),
            ...(preferred ? { extra: `住户偏好的联系方式：${preferred}` } : {}),
          }
        : field,
    ),
  };
}
