import { describe, expect, it } from '@jest/globals';
import { headers as natsHeaders } from '@nats-io/nats-core';
import { DomainError } from '@pcs/contracts';
import { CallContext } from '../context/call-context.js';
import { BusHeader, contextFromHeaders, contextToHeaders } from './bus-headers.js';
import { callBudget, DEADLINE_MARGIN_MS, deadlineFromTimeLeft, formatTimeLeft } from './deadline.js';
import { notInTime, transportErrorToDomain } from './transport-errors.js';
import { TimeoutError, NoRespondersError } from '@nats-io/nats-core';

describe('deadline propagation on the bus (decision 0374)', () => {
  it('outside a request a call waits its own timeout, as before', () => {
    expect(callBudget(5_000, undefined, 1_000)).toEqual({ send: true, timeoutMs: 5_000, nested: false });
    expect(callBudget(250, undefined, 1_000)).toEqual({ send: true, timeoutMs: 250, nested: false });
  });

  it('while serving, a call waits at most the time left minus the margin, never longer than its own timeout', () => {
    // The gateway waits 5 s; maintenance spent 300 ms committing before it asks billing.
    const received = 10_000;
    const deadlineAt = received + 5_000;
    expect(callBudget(5_000, deadlineAt, received + 300)).toEqual({
      send: true,
      timeoutMs: 5_000 - 300 - DEADLINE_MARGIN_MS,
      nested: true,
    });
    // A caller that waits longer than this process's own timeout does not lengthen it.
    expect(callBudget(5_000, received + 60_000, received)).toEqual({
      send: true,
      timeoutMs: 5_000,
      nested: true,
    });
    expect(callBudget(2_000, received + 5_000, received, 1_000)).toEqual({
      send: true,
      timeoutMs: 2_000,
      nested: true,
    });
  });

  it('with too little left, the call is not sent, and says how much was left', () => {
    const deadlineAt = 5_000;
    expect(callBudget(5_000, deadlineAt, deadlineAt - DEADLINE_MARGIN_MS - 99)).toEqual({
      send: false,
      leftMs: DEADLINE_MARGIN_MS + 99,
    });
    expect(callBudget(5_000, deadlineAt, deadlineAt - DEADLINE_MARGIN_MS - 100)).toMatchObject({
      send: true,
      timeoutMs: 100,
    });
    expect(callBudget(5_000, deadlineAt, deadlineAt + 10)).toEqual({ send: false, leftMs: 0 });
  });

  it('reads the time left as whole milliseconds counted from arrival, ignoring what is not', () => {
    expect(deadlineFromTimeLeft('4500', 1_000.5)).toBe(5_500.5);
    expect(deadlineFromTimeLeft('0', 1_000)).toBe(1_000);
    for (const bad of [undefined, '', '-1', '1.5', '1e3', ' 100', '0x10', 'abc', '1234567890', '86400001']) {
      expect(deadlineFromTimeLeft(bad, 1_000)).toBeUndefined();
    }
    expect(formatTimeLeft(4_499.7)).toBe('4499');
    expect(formatTimeLeft(0)).toBe('1');
  });

  it('sends how long the caller waits beside the correlation id, and the receiver keeps its local deadline', () => {
    const sent = contextToHeaders(
      { correlationId: 'corr-deadline-0001', actorToken: 'signed', deadlineAt: 123 },
      4_200,
    );
    expect(sent.get(BusHeader.timeLeft)).toBe('4200');
    expect(sent.get(BusHeader.actor)).toBe('signed');
    const received = contextFromHeaders(sent, () => 'new', 50_000);
    expect(received).toEqual({
      correlationId: 'corr-deadline-0001',
      actorToken: 'signed',
      deadlineAt: 54_200,
    });
    // No header (another system, a raw test request): no deadline, served as before.
    const bare = natsHeaders();
    bare.set(BusHeader.correlationId, 'corr-deadline-0002');
    expect(contextFromHeaders(bare, () => 'new', 50_000)).toEqual({ correlationId: 'corr-deadline-0002' });
    expect(contextToHeaders({ correlationId: 'c' }).has(BusHeader.timeLeft)).toBe(false);
  });

  it("tells the time left of the current request's caller", () => {
    expect(CallContext.timeLeftMs()).toBeUndefined();
    CallContext.run({ correlationId: 'c' }, () => expect(CallContext.timeLeftMs()).toBeUndefined());
    CallContext.run({ correlationId: 'c', deadlineAt: performance.now() + 2_000 }, () => {
      const left = CallContext.timeLeftMs()!;
      expect(left).toBeGreaterThan(1_500);
      expect(left).toBeLessThanOrEqual(2_000);
    });
    CallContext.run({ correlationId: 'c', deadlineAt: performance.now() - 5 }, () =>
      expect(CallContext.timeLeftMs()).toBe(0),
    );
  });

  it('a nested call not answered in time is 503 with Retry-After; only the edge timing out is 504; both in Chinese (decision 0375)', () => {
    const timeout = new TimeoutError();
    const edge = transportErrorToDomain(timeout, 'maintenance.work-order.settlement.certify');
    expect(edge.toBody()).toEqual({
      code: 'UPSTREAM_TIMEOUT',
      message: '工程维修服务未能及时答复，操作结果请稍后查看',
      details: { service: 'maintenance' },
    });
    const nested = transportErrorToDomain(timeout, 'billing.charge-request.status', { nested: true });
    expect(nested.toBody()).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      message: '收费服务未能及时答复，请稍后重试',
      details: { service: 'billing', retryAfterSeconds: 1 },
    });
    expect(notInTime('billing').toBody()).toEqual(nested.toBody());
    const stopped = transportErrorToDomain(new NoRespondersError('residents.x'), 'residents.x');
    expect(stopped).toBeInstanceOf(DomainError);
    expect(stopped.toBody()).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      message: '客户档案服务暂不可用，请稍后重试',
      details: { service: 'residents', retryAfterSeconds: 1 },
    });
  });
});
