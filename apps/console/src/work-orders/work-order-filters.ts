import type { WorkOrderView } from './work-order-actions';

export interface WorkOrderFilters {
  communityId?: string;
  status?: WorkOrderView['status'];
  mine?: boolean;
  overdue?: boolean;
  returnVisit?: 'due' | 'overdue';
}

/**
 * The filters a work-order list opens with: a technician (without a dispatching or supervising role)
 * sees the orders dispatched to them (`mine`, MNT-7); everyone else sees every order.
 */
export function defaultWorkOrderFilters(roles: readonly string[]): WorkOrderFilters {
  const onlyTechnician = roles.includes('technician') && !roles.some((r) => OVERSEEING.includes(r));
  return onlyTechnician ? { mine: true } : {};
}

const OVERSEEING = ['dispatcher', 'repair-lead', 'engineer', 'chief-engineer', 'cs-manager', 'cs-supervisor'];

/** The list's query: switches off are left out rather than sent as `false`, which would filter. */
export function workOrderQuery(filters: WorkOrderFilters) {
  return {
    ...(filters.communityId ? { communityId: filters.communityId } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.mine ? { mine: 'true' as const } : {}),
    ...(filters.overdue ? { overdue: 'true' as const } : {}),
    ...(filters.returnVisit ? { returnVisit: filters.returnVisit } : {}),
  };
}
