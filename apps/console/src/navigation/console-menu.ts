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
  // dispatchers and technicians
  { route: '/repairs', label: '报修单', operationId: 'listRepairRequests' },
  { route: '/work-orders', label: '派工单', operationId: 'listWorkOrders' },
  // units and finance
  { route: '/units', label: '房屋查询', operationId: 'listUnits' },
  { route: '/finance/arrears', label: '欠费与收费率', operationId: 'listArrears' },
  // The register's download allows every role any complaint report allows.
  { route: '/reports', label: '报表下载', operationId: 'exportComplaintRegisterCsv' },
];

/** The menu as the caller's roles see it (the gateway still refuses what they may not call). */
export function menuFor(roles: readonly string[], table: OperationRoles): MenuEntry[] {
  return MENU.filter((entry) => mayCall(table, entry.operationId, roles));
}
