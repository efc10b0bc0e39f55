import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { complaintRegistration, eventually } from '@pcs/testing';
import pg from 'pg';
import { Stack } from './stack.js';

const TIMEOUT_MS = 1_500;

describe('request-reply when a service fails (real processes)', () => {
  let stack: Stack;
  let id: string;

  beforeAll(async () => {
    stack = await Stack.start({ RPC_TIMEOUT_MS: String(TIMEOUT_MS) });
    await stack.createCommunity();
    const created = await stack.http('POST', '/api/v1/complaints', {
      token: await stack.token(),
      body: complaintRegistration(),
    });
    id = created.json.id;
  });

  afterAll(async () => {
    await stack?.stopAll();
  });

  it('a hung service (SIGSTOP) gives a 504 at the timeout, and serves again once resumed', async () => {
    const complaints = stack.processes.get('complaints')!.child;
    complaints.kill('SIGSTOP');
    try {
      const res = await stack.http('GET', `/api/v1/complaints/${id}`, { token: await stack.token() });
      expect(res.json).toMatchObject({ status: 504, code: 'UPSTREAM_TIMEOUT' });
      expect(res.ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
      expect(res.ms).toBeLessThan(TIMEOUT_MS + 1_500);
    } finally {
      complaints.kill('SIGCONT');
    }
    const again = await stack.http('GET', `/api/v1/complaints/${id}`, { token: await stack.token() });
    expect(again.status).toBe(200);
  });

  it('an unknown error reaches the client as a 500 with a correlation id and no stack, SQL or path', async () => {
    // Break the service's database behind its back: its next query fails with a raw SQL error.
    const db = new pg.Client({ connectionString: stack.databases.get('complaints')!.url });
    await db.connect();
    await db.query('alter table complaint rename to complaint_gone');
    await db.end();
    const res = await stack.http('GET', `/api/v1/complaints/${id}`, {
      token: await stack.token(),
      headers: { 'x-correlation-id': 'e2e-unknown-error-1' },
    });
    expect(res.status).toBe(500);
    expect(res.json).toEqual({
      type: 'https://docs.pcs.example/problems/internal',
      title: '系统内部错误',
      status: 500,
      detail: '系统内部错误',
      code: 'INTERNAL',
      correlationId: 'e2e-unknown-error-1',
    });
    // The details went to the service's log (its stdout reaches us a moment later), under that id.
    await eventually(() => {
      const logged = stack.processes.get('complaints')!.logs.filter((l) => l.includes('e2e-unknown-error-1'));
      expect(logged.find((l) => l.includes('"level":"error"'))).toMatch(
        /relation .*complaint.* does not exist/,
      );
      expect(logged.find((l) => l.includes('bus request served'))).toContain('"outcome":"INTERNAL"');
    });
  });

  it('a stopped service gives a 503 at once, and the stop itself is clean', async () => {
    expect(await stack.stop('complaints')).toBe(0);
    const res = await stack.http('GET', `/api/v1/complaints/${id}`, { token: await stack.token() });
    expect(res.json).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
    // "At once": well before the request timeout it would have waited for, with room for a busy machine.
    expect(res.ms).toBeLessThan(TIMEOUT_MS - 500);
  });
});
