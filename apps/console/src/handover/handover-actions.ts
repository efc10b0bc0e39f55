import type { ApiSchema } from '@pcs/api-client';
import { mayCall, type OperationId, type OperationRoles } from '../permissions/operation-roles';

export type ShiftHandover = ApiSchema<'ShiftHandoverView'>;
export type HandoverAction = 'accept' | 'refuse' | 'review';

const OPERATIONS: Readonly<Record<HandoverAction, OperationId>> = {
  accept: 'acceptShiftHandover',
  refuse: 'refuseShiftHandover',
  review: 'reviewShiftHandover',
};

/**
 * DESK-1, as the complaints service's shift-handover.state.ts has it: only the incoming staff member
 * accepts or refuses a pending handover; a supervisor reviews it once, after it was accepted or
 * refused. Offered only where the permission table lets one of the caller's roles call the route.
 */
export function handoverActions(
  handover: Pick<ShiftHandover, 'status' | 'to' | 'review'>,
  staffId: string,
  roles: readonly string[],
  table: OperationRoles,
): HandoverAction[] {
  const actions: HandoverAction[] = [];
  if (handover.status === 'pending' && handover.to.staffId === staffId) actions.push('accept', 'refuse');
  if (handover.status !== 'pending' && !handover.review) actions.push('review');
  return actions.filter((action) => mayCall(table, OPERATIONS[action], roles));
}

/** Each action's dialog: its route and the one text it asks for (titles: LABELS.ShiftHandoverAction). */
export const HANDOVER_FORMS: Readonly<
  Record<
    HandoverAction,
    {
      path:
        | '/api/v1/shift-handovers/{id}/accept'
        | '/api/v1/shift-handovers/{id}/refuse'
        | '/api/v1/shift-handovers/{id}/review';
      field: 'note' | 'reason';
      label: string;
      required: boolean;
    }
  >
> = {
  accept: { path: '/api/v1/shift-handovers/{id}/accept', field: 'note', label: '接班说明', required: false },
  refuse: { path: '/api/v1/shift-handovers/{id}/refuse', field: 'reason', label: '拒绝原因', required: true },
  review: { path: '/api/v1/shift-handovers/{id}/review', field: 'note', label: '审阅意见', required: true },
};
