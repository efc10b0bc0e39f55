import { BillingBus } from './billing/billing.bus.js';
import { ComplaintsBus } from './complaints/complaints.bus.js';
import { MaintenanceBus } from './maintenance/maintenance.bus.js';
import { ResidentsBus } from './residents/residents.bus.js';

/** The four services that own data, each with its own JetStream stream. */
export const SERVICE_BUSES = [ComplaintsBus, MaintenanceBus, BillingBus, ResidentsBus] as const;
export type ServiceName = (typeof SERVICE_BUSES)[number]['service'];
