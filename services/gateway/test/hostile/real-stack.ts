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
 * The gateway in front of every service that has routes (residents, complaints, billing), on fresh
 * databases and a bus prefix of their own. Maintenance has neither routes nor callers yet, so it is
 * not started.
 */
export async function startRealStack(): Promise<RealStack> {
  const prefix = createBusPrefix();
  const [residentsService, complaintsService, billingService] = await Promise.all([
    serviceSpec('residents', 'residentsService'),
    serviceSpec('complaints', 'complaintsService'),
    serviceSpec('billing', 'billingService'),
  ]);
  const [residents, complaints, billing] = await Promise.all([
    startTestService(residentsService, { prefix }),
    // No deadline rounds during the test: an escalation would change the databases under the fingerprints.
    startTestService(complaintsService, { prefix, env: { DEADLINE_SCAN_INTERVAL_MS: '3600000' } }),
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
    services: { residents, complaints, billing },
    close: async () => {
      await api.close();
      await Promise.allSettled([residents.destroy(), complaints.destroy(), billing.destroy()]);
      await deleteBusResources(prefix);
    },
  };
}
