import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ComplaintsBus, RegisterComplaint, validatePayload, ComplaintView } from '@pcs/contracts';
import { complaintRegistration, eventually, staff } from '@pcs/testing';
import { SERVICES, Stack } from './stack.js';

describe('the walking skeleton: a complaint from the front desk to a published event', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await Stack.start();
    await stack.createCommunity();
  });

  afterAll(async () => {
    await stack?.stopAll();
  });

  it('every service and the gateway report ready', async () => {
    for (const [name, proc] of stack.processes) {
      const res = await fetch(`http://127.0.0.1:${proc.port}/health/ready`);
      expect({ name, status: res.status }).toEqual({ name, status: 200 });
    }
    expect([...stack.processes.keys()].sort()).toEqual([...SERVICES, 'gateway'].sort());
  });

  it("CMP-1: registers a complaint over HTTP, reads it back, and publishes complaint.registered.v1 with the request's correlation id", async () => {
    const token = await stack.token();
    const created = await stack.http('POST', '/api/v1/complaints', {
      token,
      body: complaintRegistration(),
      headers: { 'x-correlation-id': 'e2e-journey-0001' },
    });
    expect(created.status).toBe(201);
    expect(validatePayload(ComplaintView, created.json, 'strict')).toMatchObject({ ok: true });
    expect(created.json).toMatchObject({
      number: expect.stringMatching(/^TS-GZ01-\d{4}-\d{6}$/),
      status: 'registered',
      statusLabel: '已登记',
    });

    const read = await stack.http('GET', `/api/v1/complaints/${created.json.id}`, { token });
    expect(read.status).toBe(200);
    expect(read.json).toEqual(created.json);

    const event = await eventually(async () => {
      const found = (await stack.bus.events(ComplaintsBus.stream)).find((e) => e.subject === created.json.id);
      expect(found).toBeDefined();
      return found!;
    });
    expect(event).toMatchObject({
      type: 'complaint.registered.v1',
      correlationid: 'e2e-journey-0001',
      actorid: 'staff-0001',
    });
    // One request, followed across processes by its correlation id.
    await eventually(() => {
      for (const [name, message] of [
        ['gateway', 'http request served'],
        ['complaints', 'bus request served'],
      ] as const) {
        const line = stack.processes
          .get(name)!
          .logs.find((l) => l.includes('e2e-journey-0001') && l.includes(message));
        expect({ name, line }).toEqual({ name, line: expect.stringContaining('"actor":"staff-0001"') });
      }
    });
  });

  it('an Idempotency-Key retry through HTTP returns the first response and creates nothing', async () => {
    const token = await stack.token();
    const body = complaintRegistration({ description: '重复提交测试' });
    const first = await stack.http('POST', '/api/v1/complaints', {
      token,
      body,
      headers: { 'idempotency-key': 'e2e-key-1' },
    });
    const retry = await stack.http('POST', '/api/v1/complaints', {
      token,
      body,
      headers: { 'idempotency-key': 'e2e-key-1' },
    });
    expect(retry.status).toBe(201);
    expect(retry.text).toBe(first.text);
    const other = await stack.http('POST', '/api/v1/complaints', {
      token,
      body: { ...body, demand: '别的诉求' },
      headers: { 'idempotency-key': 'e2e-key-1' },
    });
    expect(other.json).toMatchObject({ status: 409, code: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it("GEN-5: another community's and another company's staff get 404, not the complaint", async () => {
    const created = await stack.http('POST', '/api/v1/complaints', {
      token: await stack.token(),
      body: complaintRegistration(),
    });
    for (const outsider of [
      { communities: ['GZ02'] },
      { company: 'OTHER', communities: ['*'], roles: ['gm' as const] },
    ]) {
      const res = await stack.http('GET', `/api/v1/complaints/${created.json.id}`, {
        token: await stack.token(outsider),
      });
      expect(res.json).toMatchObject({ status: 404, code: 'COMPLAINT_NOT_FOUND' });
    }
    const elsewhere = await stack.http('POST', '/api/v1/complaints', {
      token: await stack.token({ communities: ['GZ02'] }),
      body: complaintRegistration({ communityId: 'GZ01' }),
    });
    expect(elsewhere.json).toMatchObject({ status: 404, code: 'COMMUNITY_NOT_FOUND' });
  });

  it('the same invalid body gives the same 400 field errors over HTTP and over NATS', async () => {
    const invalid = [
      complaintRegistration({
        channel: 'pigeon',
        customer: { surname: '', phone: '12' },
        receivedAt: '2026-13-01',
        extra: 1,
      }),
      complaintRegistration({ customer: undefined, description: '' }),
      { communityId: 'gz01' },
    ];
    for (const body of invalid) {
      const overHttp = await stack.http('POST', '/api/v1/complaints', { token: await stack.token(), body });
      const overNats = await stack.bus.rawRequest(RegisterComplaint.subject, JSON.stringify(body), staff());
      expect(overHttp.status).toBe(400);
      expect(overNats.ok).toBe(false);
      if (!overNats.ok) {
        expect(overNats.error.code).toBe('VALIDATION_FAILED');
        expect(overHttp.json.errors).toEqual(overNats.error.details?.errors);
        expect(overHttp.json.errors.length).toBeGreaterThan(0);
      }
    }
  });
});
