import type { Role } from '@pcs/contracts';
import { signStaffToken, type EdgeSpec, type RunningProcess } from '@pcs/platform';
import { createBusPrefix, httpCall, startTestEdge, type HttpCall, type HttpResult } from '@pcs/testing';
import { configureGateway, gateway } from '../src/gateway.js';

export const SECRET = 'gateway-integration-test-secret-0123456789';

export interface StaffClaimsOverrides {
  sub?: string;
  name?: string;
  company?: string;
  roles?: Role[];
  communities?: string[];
}

/** A development token of 李娜, front desk of GZ01 at HRX, unless told otherwise. */
export function staffToken(overrides: StaffClaimsOverrides = {}): Promise<string> {
  return signStaffToken(
    {
      sub: 'staff-0001',
      name: '李娜',
      company: 'HRX',
      roles: ['front-desk'],
      communities: ['GZ01'],
      ...overrides,
    },
    SECRET,
  );
}

export interface GatewayUnderTest {
  api: RunningProcess;
  /** The stand-in services, in the order given. */
  stubs: RunningProcess[];
  call(method: string, path: string, init?: HttpCall): Promise<HttpResult>;
  close(): Promise<void>;
}

/** The gateway with stand-in services behind it, on a bus prefix of its own (decision 0006). */
export async function startGateway(stubSpecs: EdgeSpec[]): Promise<GatewayUnderTest> {
  const prefix = createBusPrefix();
  const stubs = await Promise.all(stubSpecs.map((spec) => startTestEdge(spec, { prefix })));
  const api = await startTestEdge(
    gateway,
    { prefix, env: { AUTH_JWT_SECRET: SECRET, RPC_TIMEOUT_MS: '1000' } },
    configureGateway,
  );
  return {
    api,
    stubs,
    call: (method, path, init = {}) => httpCall(api.url, method, path, init),
    close: async () => {
      await api.close();
      await Promise.all(stubs.map((stub) => stub.close()));
    },
  };
}
