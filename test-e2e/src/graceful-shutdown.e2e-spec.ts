import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RegisterComplaint, type ComplaintView } from '@pcs/contracts';
import { complaintRegistration, eventually, staff } from '@pcs/testing';
import pg from 'pg';
import { Stack } from './stack.js';

const GRACE_MS = 10_000;
const IN_FLIGHT = 30;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads a gauge from a process's /metrics. */
async function gauge(port: number, name: string): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  return Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
}

/** Waits until every request sent is being handled by the process (not merely sent to it). */
async function untilInFlight(port: number, name: string, count: number): Promise<void> {
  await eventually(async () => expect(await gauge(port, name)).toBe(count), 20_000, 50);
}

/**
 * Holds every new complaint inside the complaints service: the table is locked, so registrations wait
 * in the service's handlers (they have been received, they are in flight) until the lock is released.
 */
async function holdComplaints(stack: Stack): Promise<{ release(): Promise<void> }> {
  const lock = new pg.Client({ connectionString: stack.databases.get('complaints')!.url });
  await lock.connect();
  await lock.query('begin');
  await lock.query('lock table complaint in exclusive mode');
  return {
    release: async () => {
      await lock.query('rollback');
      await lock.end();
    },
  };
}

/*
 * "Within its grace period" is measured from the last answer, not from the signal: how long the held
 * registrations take once released depends on how busy the machine is (a loaded CI box took 10.7 s
 * for thirty), while what shutdown itself adds after the work is done must stay well inside the grace.
 */
describe('SIGTERM with requests in flight (processes started as their containers start them)', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await Stack.start({ SHUTDOWN_GRACE_MS: String(GRACE_MS), RPC_TIMEOUT_MS: '20000' });
    await stack.createCommunity();
  });

  afterAll(async () => {
    await stack?.stopAll();
  });

  it('the gateway stops taking connections, answers every request in flight, then exits 0 within its grace period', async () => {
    const hold = await holdComplaints(stack);
    const token = await stack.token();
    const url = stack.url;
    const gatewayPort = stack.processes.get('gateway')!.port;
    const inFlight = Array.from({ length: IN_FLIGHT }, (_, i) =>
      stack.http('POST', '/api/v1/complaints', {
        token,
        body: complaintRegistration({ description: `网关关机时在途的请求 ${i}` }),
      }),
    );
    await untilInFlight(gatewayPort, 'pcs_http_in_flight', IN_FLIGHT);
    const exited = stack.stop('gateway');
    await sleep(300);
    await expect(fetch(`${url}/health/live`)).rejects.toThrow(); // no new connections
    await hold.release();

    const results = await Promise.all(inFlight);
    const answered = Date.now();
    expect(results.map((r) => r.status)).toEqual(Array(IN_FLIGHT).fill(201));
    expect(await exited).toBe(0);
    expect(Date.now() - answered).toBeLessThan(GRACE_MS);
  });

  it('a service reports not ready, finishes every request it received, then exits 0 within its grace period', async () => {
    const hold = await holdComplaints(stack);
    const port = stack.processes.get('complaints')!.port;
    const inFlight = Array.from({ length: IN_FLIGHT }, (_, i) =>
      stack.bus.request<object, ComplaintView>(
        RegisterComplaint,
        complaintRegistration({ description: `服务关机时在途的请求 ${i}` }),
        staff(),
        { timeoutMs: 20_000 },
      ),
    );
    await untilInFlight(port, 'pcs_rpc_in_flight', IN_FLIGHT);
    const exited = stack.stop('complaints');
    await sleep(300);
    expect((await fetch(`http://127.0.0.1:${port}/health/ready`)).status).toBe(503);
    await hold.release();

    const results = await Promise.allSettled(inFlight);
    const answered = Date.now();
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const numbers = results.map((r) => (r as PromiseFulfilledResult<ComplaintView>).value.number);
    expect(new Set(numbers).size).toBe(IN_FLIGHT);
    expect(await exited).toBe(0);
    expect(Date.now() - answered).toBeLessThan(GRACE_MS);
  });
});
