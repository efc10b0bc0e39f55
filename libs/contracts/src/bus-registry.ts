import { BillingBus } from './billing/billing.bus.js';
import { ComplaintsBus } from './complaints/complaints.bus.js';
import { COMPLAINTS_MESSAGES } from './complaints/complaints.contract.js';
import { BILLING_MESSAGES } from './billing/billing.contract.js';
import { RESIDENTS_MESSAGES } from './residents/residents.contract.js';
import type { CommandDefinition, EventDefinition } from './events/definitions.js';
import { MaintenanceBus } from './maintenance/maintenance.bus.js';
import { opsRequestsOf } from './ops/ops.contract.js';
import { ResidentsBus } from './residents/residents.bus.js';

/** The four services that own data, each with its own JetStream stream. */
export const SERVICE_BUSES = [ComplaintsBus, MaintenanceBus, BillingBus, ResidentsBus] as const;
export type ServiceName = (typeof SERVICE_BUSES)[number]['service'];

type ServiceMessages = { requests: CommandDefinition<object, unknown>[]; events: EventDefinition<object>[] };

/** Adds what every data service serves to operators (`<service>.ops.…`). */
function withOps(service: ServiceName, messages: ServiceMessages): ServiceMessages {
  return { requests: [...messages.requests, ...opsRequestsOf(service)], events: messages.events };
}

/** Every request (command or query) and event declared in the contracts, per owning service. */
export const BUS_MESSAGES: Record<ServiceName, ServiceMessages> = {
  complaints: withOps('complaints', COMPLAINTS_MESSAGES),
  maintenance: withOps('maintenance', { requests: [], events: [] }),
  billing: withOps('billing', BILLING_MESSAGES),
  residents: withOps('residents', RESIDENTS_MESSAGES),
};
