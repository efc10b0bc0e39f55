import { mayCall, type OperationId, type OperationRoles } from '../permissions/operation-roles';

export interface MenuEntry {
  route: string;
  label: string;
  /** The operation the screen cannot work without: the menu shows it to roles that may call it. */
  operationId: OperationId;
}

/** In the order of a front-desk day: the calls, the queues, the shift; then repairs, units and money. */
export const MENU: readonly MenuEntry[] = [
  { route: '/caller-card', label: '来电卡片', operationId: 'getCallerCard' },
  { route: '/complaints/new', label: '来电来访登记', operationId: 'registerComplaint' },
  { route: '/complaints', label: '投诉队列', operationId: 'listComplaints' },
  { route: '/return-visits', label: '回访队列', operationId: 'listReturnVisits' },
  { route: '/call-backs', label: '回电提醒', operationId: 'listCallBacks' },
  { route: '/reconciliation', label: '日盘点', operationId: 'getDayReconciliation' },
  { route: '/handovers', label: '交接班', operationId: 'listShiftHandovers' },
  { route: '/incidents', label: '预警与事件', operationId: 'listIncidents' },
  { route: '/repairs', label: '报修单', operationId: 'listRepairRequests' },
  { route: '/work-orders', label: '派工单', operationId: 'listWorkOrders' },
  { route: '/units', label: '房屋查询', operationId: 'listUnits' },
  { route: '/finance/arrears', label: '欠费与收费率', operationId: 'listArrears' },
  { route: '/finance/fee-items', label: '收费项目', operationId: 'setFeeItemRate' },
  { route: '/finance/shared-meters', label: '公共能耗分摊', operationId: 'apportionSharedMeter' },
  { route: '/finance/meter-readings', label: '抄表录入', operationId: 'recordMeterReading' },
  { route: '/finance/revolving-funds', label: '周转金', operationId: 'getRevolvingFund' },
  // The register's download allows every role any complaint report allows.
  { route: '/reports', label: '报表下载', operationId: 'exportComplaintRegisterCsv' },
];

/** The menu as the caller's roles see it (the gateway still refuses what they may not call). */
export function menuFor(roles: readonly string[], table: OperationRoles): MenuEntry[] {
  return MENU.filter((entry) => mayCall(table, entry.operationId, roles));
}
