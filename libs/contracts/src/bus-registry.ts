import { BillingBus } from './billing/billing.bus.js';
import { ComplaintsBus } from './complaints/complaints.bus.js';
import { COMPLAINTS_MESSAGES } from './complaints/complaints.contract.js';
import { BILLING_MESSAGES } from './billing/billing.contract.js';
import { RESIDENTS_MESSAGES } from './residents/residents.contract.js';
import type { CommandDefinition, EventDefinition } from './events/definitions.js';
import { MaintenanceBus } from './maintenance/maintenance.bus.js';
import { MAINTENANCE_MESSAGES } from './maintenance/maintenance.contract.js';
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
  maintenance: withOps('maintenance', MAINTENANCE_MESSAGES),
  billing: withOps('billing', BILLING_MESSAGES),
  residents: withOps('residents', RESIDENTS_MESSAGES),
};

/** Every process on the bus: the HTTP edge and the four data services; also their NATS user names. */
export const BUS_PROCESSES = ['gateway', 'complaints', 'maintenance', 'billing', 'residents'] as const;
export type BusProcess = (typeof BUS_PROCESSES)[number];

/**
 * Who sends requests to whom, declared once. Each process's NATS user may publish only the request
 * subjects of the services named here (deploy/k8s/base/nats/nats-users.conf, generated from this by
 * `npm run nats-users`); a call missing here is refused by the server.
 */
export const BUS_CALLS: Readonly<Record<BusProcess, readonly ServiceName[]>> = {
  gateway: ['complaints', 'maintenance', 'billing', 'residents'],
  complaints: ['residents'],
  maintenance: ['residents', 'billing'],
  billing: [],
  residents: ['billing'],
};

/** A durable consumer: the service reads `filterSubject` of another service's `stream`. */
export interface EventSubscriptionDeclaration {
  /** The durable consumer is named `<service>-<purpose>` (`complaints-calendar`). */
  purpose: string;
  /** The producer's stream, e.g. `RESIDENTS`. */
  stream: string;
  filterSubject: string;
}

/**
 * Every durable consumer of every service, declared once. NATS permissions let a service create, read
 * and acknowledge exactly these consumers; the platform refuses to start a consumer missing here.
 */
export const EVENT_SUBSCRIPTIONS: Readonly<Record<ServiceName, readonly EventSubscriptionDeclaration[]>> = {
  complaints: [
    { purpose: 'calendar', stream: ResidentsBus.stream, filterSubject: ResidentsBus.events.calendarUpdated },
    {
      purpose: 'communities',
      stream: ResidentsBus.stream,
      filterSubject: ResidentsBus.events.communityCreated,
    },
    { purpose: 'units', stream: ResidentsBus.stream, filterSubject: ResidentsBus.events.unitCreated },
    // SAT-1, SAT-2, DESK-3: corrected labels and types of units (decision 0303).
    {
      purpose: 'unit-corrections',
      stream: ResidentsBus.stream,
      filterSubject: ResidentsBus.events.unitUpdated,
    },
    // SAT-1, SAT-2: which households are occupied, and the first survey at half occupancy.
    {
      purpose: 'unit-statuses',
      stream: ResidentsBus.stream,
      filterSubject: ResidentsBus.events.unitStatusChanged,
    },
    { purpose: 'people', stream: ResidentsBus.stream, filterSubject: 'residents.events.person.>' },
    // CMP-1: the community of each resident on file, to check a registration's personId (decision 0217).
    {
      purpose: 'person-communities',
      stream: ResidentsBus.stream,
      filterSubject: ResidentsBus.events.personRegistered,
    },
    {
      purpose: 'repairs',
      stream: MaintenanceBus.stream,
      filterSubject: MaintenanceBus.events.repairRequestProgressed,
    },
    // CMP-15: closing an incident resolves its complaints, once, from the service's own event.
    {
      purpose: 'incidents',
      stream: ComplaintsBus.stream,
      filterSubject: ComplaintsBus.events.incidentClosed,
    },
  ],
  maintenance: [
    { purpose: 'calendar', stream: ResidentsBus.stream, filterSubject: ResidentsBus.events.calendarUpdated },
    {
      purpose: 'communities',
      stream: ResidentsBus.stream,
      filterSubject: ResidentsBus.events.communityCreated,
    },
    { purpose: 'units', stream: ResidentsBus.stream, filterSubject: ResidentsBus.events.unitCreated },
    // MNT-3: a corrected handover date moves the warranty.
    {
      purpose: 'unit-corrections',
      stream: ResidentsBus.stream,
      filterSubject: ResidentsBus.events.unitUpdated,
    },
    { purpose: 'people', stream: ResidentsBus.stream, filterSubject: 'residents.events.person.>' },
    {
      purpose: 'handovers',
      stream: ResidentsBus.stream,
      filterSubject: ResidentsBus.events.handoverInspected,
    },
    // MNT-12: a fit-out that passed its acceptance starts its proactive visits.
    {
      purpose: 'fit-outs',
      stream: ResidentsBus.stream,
      filterSubject: ResidentsBus.events.decorationInspectionPassed,
    },
    {
      purpose: 'complaint-repairs',
      stream: ComplaintsBus.stream,
      filterSubject: ComplaintsBus.events.complaintRepairRequested,
    },
  ],
  billing: [
    {
      purpose: 'communities',
      stream: ResidentsBus.stream,
      filterSubject: ResidentsBus.events.communityCreated,
    },
    {
      purpose: 'charge-requests',
      stream: ResidentsBus.stream,
      filterSubject: 'residents.events.charge-request.>',
    },
    { purpose: 'units', stream: ResidentsBus.stream, filterSubject: ResidentsBus.events.unitCreated },
    // BIL-2: a corrected floor area is billed from the next run.
    {
      purpose: 'unit-corrections',
      stream: ResidentsBus.stream,
      filterSubject: ResidentsBus.events.unitUpdated,
    },
    { purpose: 'occupancies', stream: ResidentsBus.stream, filterSubject: 'residents.events.occupancy.>' },
    {
      purpose: 'decoration-inspections',
      stream: ResidentsBus.stream,
      filterSubject: ResidentsBus.events.decorationInspectionPassed,
    },
    {
      purpose: 'decoration-damages',
      stream: ResidentsBus.stream,
      filterSubject: ResidentsBus.events.decorationDamageFound,
    },
    {
      purpose: 'work-orders',
      stream: MaintenanceBus.stream,
      filterSubject: MaintenanceBus.events.workOrderCompleted,
    },
    {
      purpose: 'settlements',
      stream: MaintenanceBus.stream,
      filterSubject: MaintenanceBus.events.settlementCertified,
    },
  ],
  residents: [
    { purpose: 'billing', stream: BillingBus.stream, filterSubject: BillingBus.events.chargeRequestSettled },
  ],
};

/** The operator subjects a data service serves (`<service>.ops.…`); only the gateway calls them. */
export function operatorSubjects(service: ServiceName): string {
  return `${service}.ops.>`;
}

/**
 * The reply subjects of a process's requests: `_INBOX.<process>.…`, so that its NATS user can be
 * allowed its own replies and no other process's (a user subscribed to `_INBOX.>` would read them all).
 */
export function inboxPrefix(process: string): string {
  return `_INBOX.${process}`;
}
