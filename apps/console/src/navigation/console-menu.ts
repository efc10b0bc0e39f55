import { mayCall, type OperationId, type OperationRoles } from '../permissions/operation-roles';

export interface MenuEntry {
  route: string;
  label: string;
  /** The operation the screen cannot work without: the menu shows it to roles that may call it. */
  operationId: OperationId;
}

export const MENU: readonly MenuEntry[] = [
  { route: '/complaints', label: '投诉队列', operationId: 'listComplaints' },
  { route: '/complaints/new', label: '来电来访登记', operationId: 'registerComplaint' },
  // front desk
  { route: '/caller-card', label: '来电卡片', operationId: 'getCallerCard' },
  { route: '/return-visits', label: '回访队列', operationId: 'listReturnVisits' },
  { route: '/call-backs', label: '回电提醒', operationId: 'listCallBacks' },
  { route: '/reconciliation', label: '日盘点', operationId: 'getDayReconciliation' },
  { route: '/handovers', label: '交接班', operationId: 'listShiftHandovers' },
  { route: '/incidents', label: '预警与事件', operationId: 'listIncidents' },
  // end front desk
];

/** The menu as the caller's roles see it (the gateway still refuses what they may not call). */
export function menuFor(roles: readonly string[], table: OperationRoles): MenuEntry[] {
  return MENU.filter((entry) => mayCall(table, entry.operationId, roles));
}
