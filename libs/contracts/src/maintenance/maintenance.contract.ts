import { defineEvent } from '../events/definitions.js';
import { MaintenanceBus } from './maintenance.bus.js';
import { RepairRequestProgressedV1 } from './repair-request-progressed.js';

export const RepairRequestProgressed = defineEvent({
  subject: MaintenanceBus.events.repairRequestProgressed,
  type: 'repair-request.progressed.v1',
  data: RepairRequestProgressedV1,
  summary: 'A repair request moved on (MNT-1 … MNT-8); complaints follows it (CMP-2)',
});

/** Everything the maintenance service serves and publishes, for documents generated from the contracts. */
export const MAINTENANCE_MESSAGES = {
  requests: [],
  events: [RepairRequestProgressed],
};
