import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { connect } from '@nats-io/transport-node';
import { headers as natsHeaders, type NatsConnection } from '@nats-io/nats-core';
import { DomainError, type CommandDefinition } from '@pcs/contracts';
import {
  BusClient,
  BusHeader,
  BusIdentityVerifier,
  BusNames,
  CallContext,
  DEADLINE_MARGIN_MS,
  developmentBusEnv,
  Metrics,
  NatsRpcServer,
  parseTrustedKeys,
  type RpcReply,
} from '@pcs/platform';
import { createBusPrefix, developmentSigner, staff, testNatsUrl } from '@pcs/testing';
import pino from 'pino';

const command = (subject: string) => ({ subject }) as CommandDefinition<object, unknown>;
/** Billing paused (SIGSTOP): its subscription takes requests and never answers. */
const HUNG = command('billing.charge-request.status');
/** Residents asking billing while serving (RES-4 completion): billing's failure is its answer. */
const ASKS_BILLING = command('residents.move-in.complete');
/** Maintenance certifying (MNT-13, decision 0093): the draw stays pending when billing does not answer. */
const CERTIFY = command('maintenance.work-order.settlement.certify');
/** A service asking another that asks billing: two hops below the edge. */
const TWO_HOPS = command('complaints.two-hops');

const EDGE_TIMEOUT_MS = 2_000;
/** The services' own RPC_TIMEOUT_MS, as long as the edge's: the situation of finding F1. */
const SERVICE_TIMEOUT_MS = 2_000;

/*
 * Decision 0374 on real NATS: the edge's timeout travels with each request, a service serving one
 * gives up on the services it asks before its caller gives up on it, and answers in time.
 */
describe('deadline propagation on the bus (decision 0374)', () => {
  const names = new BusNames(createBusPrefix());
  let nc: NatsConnection;
  let server: NatsRpcServer;
  let edge: BusClient;
  let service: BusClient;
  /** Each request billing received: the time its caller said it waits. */
  const billingSaw: { timeLeft: string; actor: string }[] = [];
  /** What each handler saw of its own caller's time, and how its call to billing ended. */
  const handled: { pattern: string; timeLeftMs: number | undefined; outcome?: unknown; ms?: number }[] = [];

  beforeAll(async () => {
    nc = await connect({ servers: testNatsUrl() });
    nc.subscribe(names.subject(HUNG.subject), {
      callback: (_err, msg) => {
        billingSaw.push({
          timeLeft: msg.headers?.get(BusHeader.timeLeft) ?? '',
          actor: msg.headers?.get(BusHeader.actor) ?? '',
        });
      },
    });
    const metrics = new Metrics('test');
    edge = new BusClient(nc, names, metrics, EDGE_TIMEOUT_MS, {
      forwardIdempotencyKey: true,
      signer: developmentSigner,
    });
    service = new BusClient(nc, names, metrics, SERVICE_TIMEOUT_MS, { signer: developmentSigner });
    server = new NatsRpcServer({
      connection: nc,
      names,
      queue: 'deadline-test',
      logger: pino({ level: 'silent' }),
      metrics,
      graceMs: 1_000,
      verifier: new BusIdentityVerifier(parseTrustedKeys(developmentBusEnv('residents').BUS_TRUSTED_KEYS!)),
    });
    const serve = (pattern: string, work: () => Promise<unknown>) =>
      server.addHandler(pattern, async () => {
        const record: (typeof handled)[number] = { pattern, timeLeftMs: CallContext.timeLeftMs() };
        handled.push(record);
        const started = performance.now();
        try {
          return await work();
        } finally {
          record.ms = performance.now() - started;
        }
      });
    serve(ASKS_BILLING.subject, () => service.request(HUNG, {}));
    serve(CERTIFY.subject, async () => {
      try {
        await service.request(HUNG, {});
        return { fundDraw: 'drawn' };
      } catch (error) {
        handled.at(-1)!.outcome = (error as DomainError).code;
        return { fundDraw: 'pending' };
      }
    });
    serve(TWO_HOPS.subject, () => service.request(ASKS_BILLING, {}));
    await new Promise<void>((resolve) => server.listen(() => resolve()));
    await nc.flush();
  });

  afterAll(async () => {
    await server?.close();
    await nc?.close();
  });

  const asStaff = <T>(fn: () => Promise<T>) =>
    CallContext.run({ correlationId: `corr-deadline-${Date.now()}`, actor: staff() }, fn);

  const timed = async (fn: () => Promise<unknown>) => {
    const started = performance.now();
    try {
      return { result: await fn(), ms: performance.now() - started };
    } catch (error) {
      return { error, ms: performance.now() - started };
    }
  };

  it('F1, MNT-13 (decision 0093): billing paused, the certify answers pending before the edge gives up', async () => {
    billingSaw.length = 0;
    handled.length = 0;
    const { result, error, ms } = await timed(() => asStaff(() => edge.request(CERTIFY, {})));
    expect(error).toBeUndefined();
    expect(result).toEqual({ fundDraw: 'pending' });
    expect(ms).toBeLessThan(EDGE_TIMEOUT_MS);
    // The service knew its caller's time (the edge's timeout, less the trip)...
    expect(handled[0]!.timeLeftMs).toBeGreaterThan(EDGE_TIMEOUT_MS - 300);
    expect(handled[0]!.timeLeftMs).toBeLessThanOrEqual(EDGE_TIMEOUT_MS);
    // ...gave billing at most that minus the margin, under the same signed actor...
    expect(billingSaw).toHaveLength(1);
    expect(Number(billingSaw[0]!.timeLeft)).toBeLessThanOrEqual(EDGE_TIMEOUT_MS - DEADLINE_MARGIN_MS);
    expect(Number(billingSaw[0]!.timeLeft)).toBeGreaterThan(EDGE_TIMEOUT_MS - DEADLINE_MARGIN_MS - 300);
    expect(billingSaw[0]!.actor).not.toBe('');
    // ...and heard 503 when billing did not answer, leaving the margin to reply.
    expect(handled[0]!.outcome).toBe('SERVICE_UNAVAILABLE');
    expect(handled[0]!.ms).toBeLessThan(EDGE_TIMEOUT_MS - DEADLINE_MARGIN_MS + 100);
  });

  it('F1, RES-4: a service that needs billing answers a Chinese 503 with Retry-After, not the edge a 504', async () => {
    const { error, ms } = await timed(() => asStaff(() => edge.request(ASKS_BILLING, {})));
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).toBody()).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      message: '收费服务未能及时答复，请稍后重试',
      details: { service: 'billing', retryAfterSeconds: 1 },
    });
    expect(ms).toBeLessThan(EDGE_TIMEOUT_MS);
  });

  it('two hops down, each gives up before the one above it', async () => {
    billingSaw.length = 0;
    handled.length = 0;
    const { error, ms } = await timed(() => asStaff(() => edge.request(TWO_HOPS, {})));
    expect((error as DomainError).code).toBe('SERVICE_UNAVAILABLE');
    expect(ms).toBeLessThan(EDGE_TIMEOUT_MS);
    const [outer, inner] = handled;
    expect(outer!.pattern).toBe(TWO_HOPS.subject);
    expect(inner!.pattern).toBe(ASKS_BILLING.subject);
    expect(inner!.timeLeftMs).toBeLessThanOrEqual(EDGE_TIMEOUT_MS - DEADLINE_MARGIN_MS);
    expect(Number(billingSaw[0]!.timeLeft)).toBeLessThanOrEqual(EDGE_TIMEOUT_MS - 2 * DEADLINE_MARGIN_MS);
  });

  it('with too little of the caller’s time left, the nested call is not sent and fails at once', async () => {
    billingSaw.length = 0;
    handled.length = 0;
    // An edge that waits only a little longer than the margin.
    const hasty = new BusClient(nc, names, new Metrics('test'), DEADLINE_MARGIN_MS + 50, {
      signer: developmentSigner,
    });
    const { result, ms } = await timed(() => asStaff(() => hasty.request(CERTIFY, {})));
    expect(result).toEqual({ fundDraw: 'pending' });
    expect(ms).toBeLessThan(DEADLINE_MARGIN_MS + 50);
    expect(handled[0]!.outcome).toBe('SERVICE_UNAVAILABLE');
    expect(handled[0]!.ms).toBeLessThan(100);
    await nc.flush();
    expect(billingSaw).toHaveLength(0);
  });

  it('outside a request (the scheduler, a consumer) a call waits its own timeout and ends in 504, as before', async () => {
    billingSaw.length = 0;
    const { error, ms } = await timed(() =>
      CallContext.run({ correlationId: 'corr-scheduler-0001' }, () => service.request(HUNG, {})),
    );
    expect((error as DomainError).toBody()).toEqual({
      code: 'UPSTREAM_TIMEOUT',
      message: '收费服务未能及时答复，操作结果请稍后查看',
      details: { service: 'billing' },
    });
    expect(ms).toBeGreaterThanOrEqual(SERVICE_TIMEOUT_MS - 50);
    expect(billingSaw.map((s) => s.timeLeft)).toEqual([String(SERVICE_TIMEOUT_MS)]);
  });

  it('the time left grants nothing: a request with it but without a trusted actor is still refused', async () => {
    for (const actor of [undefined, 'forged.actor.token']) {
      const h = natsHeaders();
      h.set(BusHeader.correlationId, 'corr-forged-0001');
      h.set(BusHeader.timeLeft, '3600000');
      if (actor) h.set(BusHeader.actor, actor);
      const reply = (
        await nc.request(names.subject(ASKS_BILLING.subject), '{}', { timeout: 5_000, headers: h })
      ).json<RpcReply>();
      if (actor) expect(reply).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
      // No actor: the handler runs (it needs none here), its call bounded by its own timeout anyway.
      else expect(reply).toMatchObject({ ok: false, error: { code: 'SERVICE_UNAVAILABLE' } });
    }
  });
});
