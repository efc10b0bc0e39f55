import path from 'node:path';
import type { RunningProcess, ServiceSpec } from '@pcs/platform';
import {
  createBusPrefix,
  deleteBusResources,
  startTestEdge,
  startTestService,
  type TestService,
} from '@pcs/testing';
import { configureGateway, gateway } from '../../src/gateway.js';
import { SECRET } from '../gateway-harness.js';

/**
 * A service's spec, loaded by its path when the test runs, the way test-e2e starts a service's
 * `dist/main.js`: hostile input must reach the real services and their databases, in this process
 * so that a failure's stack is at hand. A static import would make the gateway depend on the
 * services in the project graph, which no code of the gateway does (and the boundary rules forbid).
 */
export async function serviceSpec(service: string, exported: string): Promise<ServiceSpec> {
  const file = path.resolve(import.meta.dirname, '../../..', service, 'src', `${service}.service-spec.ts`);
  const spec = ((await import(file)) as Record<string, ServiceSpec | undefined>)[exported];
  if (!spec) throw new Error(`${file} exports no ${exported}`);
  return spec;
}

export interface RealStack {
  /** The stack's bus prefix: its streams and consumers. */
  prefix: string;
  gateway: RunningProcess;
  /** The services with a database, by name. */
  services: Record<string, TestService>;
  close(): Promise<void>;
}

/**
 * The gateway in front of every service, each on a fresh database, with a bus prefix of their own:
 * residents, complaints, maintenance (which asks billing for revolving-fund draws) and billing
 * (which residents asks about arrears, RES-6).
 */
export async function startRealStack(): Promise<RealStack> {
  const prefix = createBusPrefix();
  const [residentsService, complaintsService, maintenanceService, billingService] = await Promise.all([
    serviceSpec('residents', 'residentsService'),
    serviceSpec('complaints', 'complaintsService'),
    serviceSpec('maintenance', 'maintenanceService'),
    serviceSpec('billing', 'billingService'),
  ]);
  const [residents, complaints, maintenance, billing] = await Promise.all([
    startTestService(residentsService, { prefix }),
    // No deadline rounds during the test: an escalation would change the databases under the fingerprints.
    startTestService(complaintsService, { prefix, env: { DEADLINE_SCAN_INTERVAL_MS: '3600000' } }),
    // No overdue rounds or draw retries during the test either.
    startTestService(maintenanceService, { prefix, env: { MAINTENANCE_SCAN_INTERVAL_MS: '3600000' } }),
    startTestService(billingService, { prefix }),
  ]);
  const api = await startTestEdge(
    gateway,
    // A slow machine must not turn a service's slow answer into a 504 that looks like a finding.
    { prefix, env: { AUTH_JWT_SECRET: SECRET, RPC_TIMEOUT_MS: '30000' } },
    configureGateway,
  );
  return {
    prefix,
    gateway: api,
    services: { residents, complaints, maintenance, billing },
    close: async () => {
      await api.close();
      await Promise.allSettled([
        residents.destroy(),
        complaints.destroy(),
        maintenance.destroy(),
        billing.destroy(),
      ]);
      await deleteBusResources(prefix);
    },
  };
}
