import { defineEvent } from '../events/definitions.js';
import { MaintenanceBus } from './maintenance.bus.js';
import { RepairRequestProgressedV1 } from './repair-request-progressed.js';
import { SettlementCertifiedV1, WorkOrderCompletedV1 } from './work-order-events.js';

export const RepairRequestProgressed = defineEvent({
  subject: MaintenanceBus.events.repairRequestProgressed,
  type: 'repair-request.progressed.v1',
  data: RepairRequestProgressedV1,
  summary: 'A repair request moved on (MNT-1 … MNT-8); complaints follows it (CMP-2)',
});

export const WorkOrderCompleted = defineEvent({
  subject: MaintenanceBus.events.workOrderCompleted,
  type: 'work-order.completed.v1',
  data: WorkOrderCompletedV1,
  summary:
    'A work order passed its completion check and was signed off (MNT-8); billing charges type C once (BIL-7)',
});

export const SettlementCertified = defineEvent({
  subject: MaintenanceBus.events.settlementCertified,
  type: 'settlement.certified.v1',
  data: SettlementCertifiedV1,
  summary:
    "A settlement is final (MNT-9); billing deducts type-A costs from the contractor's deposit once (BIL-10)",
});

/** Everything the maintenance service serves and publishes, for documents generated from the contracts. */
export const MAINTENANCE_MESSAGES = {
  requests: [],
  events: [RepairRequestProgressed, WorkOrderCompleted, SettlementCertified],
};
