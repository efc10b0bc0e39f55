import { BillingBus } from './billing/billing.bus.js';
import { ComplaintsBus } from './complaints/complaints.bus.js';
import { COMPLAINTS_MESSAGES } from './complaints/complaints.contract.js';
import { BILLING_MESSAGES } from './billing/billing.contract.js';
import { RESIDENTS_MESSAGES } from './residents/residents.contract.js';
import type { CommandDefinition, EventDefinition } from './events/definitions.js';
import { MaintenanceBus } from './maintenance/maintenance.bus.js';
import { ResidentsBus } from './residents/residents.bus.js';

/** The four services that own data, each with its own JetStream stream. */
export const SERVICE_BUSES = [ComplaintsBus, MaintenanceBus, BillingBus, ResidentsBus] as const;
export type ServiceName = (typeof SERVICE_BUSES)[number]['service'];

/** Every request (command or query) and event declared in the contracts, per owning service. */
export const BUS_MESSAGES: Record<
  ServiceName,
  { requests: CommandDefinition<object, unknown>[]; events: EventDefinition<object>[] }
> = {
  complaints: COMPLAINTS_MESSAGES,
  maintenance: { requests: [], events: [] },
  billing: BILLING_MESSAGES,
  residents: RESIDENTS_MESSAGES,
};
