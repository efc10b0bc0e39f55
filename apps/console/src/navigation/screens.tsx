import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { ScreenName } from './screen-routes';

type Page = LazyExoticComponent<ComponentType<{ id: string }>>;

/** A page loaded when first shown, as a chunk of its own: the sign-in and the menu load without them. */
function page<K extends string>(
  load: () => Promise<Record<K, ComponentType<{ id: string }>>>,
  name: K,
): Page {
  return lazy(async () => ({ default: (await load())[name] }));
}

export const SCREENS: Readonly<Record<ScreenName, Page>> = {
  'complaint-queue': page(() => import('../complaints/complaint-queue-page'), 'ComplaintQueuePage'),
  'register-complaint': page(() => import('../complaints/register-complaint-page'), 'RegisterComplaintPage'),
  complaint: page(() => import('../complaints/complaint-page'), 'ComplaintPage'),
  'caller-card': page(() => import('../caller-card/caller-card-page'), 'CallerCardPage'),
  'return-visits': page(() => import('../return-visits/return-visits-page'), 'ReturnVisitsPage'),
  'call-backs': page(() => import('../return-visits/call-backs-page'), 'CallBacksPage'),
  reconciliation: page(() => import('../reconciliation/reconciliation-page'), 'ReconciliationPage'),
  handovers: page(() => import('../handover/handovers-page'), 'HandoversPage'),
  incidents: page(() => import('../incidents/incidents-page'), 'IncidentsPage'),
  repairs: page(() => import('../repairs/repair-list-page'), 'RepairListPage'),
  repair: page(() => import('../repairs/repair-page'), 'RepairPage'),
  'work-orders': page(() => import('../work-orders/work-order-list-page'), 'WorkOrderListPage'),
  'work-order': page(() => import('../work-orders/work-order-page'), 'WorkOrderPage'),
  units: page(() => import('../units/unit-search-page'), 'UnitSearchPage'),
  unit: page(() => import('../units/unit-page'), 'UnitPage'),
  arrears: page(() => import('../finance/arrears-page'), 'ArrearsPage'),
  'fee-items': page(() => import('../finance/fee-items-page'), 'FeeItemsPage'),
  'shared-meters': page(() => import('../finance/shared-meters-page'), 'SharedMetersPage'),
  'meter-readings': page(() => import('../finance/meter-readings-page'), 'MeterReadingsPage'),
  'revolving-funds': page(() => import('../finance/revolving-funds-page'), 'RevolvingFundsPage'),
  reports: page(() => import('../reports/reports-page'), 'ReportsPage'),
};
