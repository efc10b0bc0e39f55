import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/nats-core';
import { GetComplaint } from '@pcs/contracts';
import { BusClient, BusHeader, BusNames, CallContext, Metrics } from '@pcs/platform';
import { createBusPrefix, developmentSigner, staff, testNatsUrl } from '@pcs/testing';

describe('BusClient', () => {
  const names = new BusNames(createBusPrefix());
  let nc: NatsConnection;
  const seen: Record<string, string | undefined>[] = [];

  beforeAll(async () => {
    nc = await connect({ servers: testNatsUrl() });
    nc.subscribe(names.subject(GetComplaint.subject), {
      callback: (_err, msg) => {
        seen.push({
          correlationId: msg.headers?.get(BusHeader.correlationId),
          idempotencyKey: msg.headers?.get(BusHeader.idempotencyKey) || undefined,
          actor: msg.headers?.get(BusHeader.actor) ? 'present' : undefined,
        });
        msg.respond(JSON.stringify({ ok: true, data: {} }));
      },
    });
  });

  afterAll(async () => {
    await nc?.close();
  });

  it("passes the client's Idempotency-Key on from the edge, and never from one service to another", async () => {
    const context = { correlationId: 'corr-forwarding-0001', actor: staff(), idempotencyKey: 'client-key-1' };
    const signer = developmentSigner;
    const edge = new BusClient(nc, names, new Metrics('test'), 1_000, {
      forwardIdempotencyKey: true,
      signer,
    });
    const service = new BusClient(nc, names, new Metrics('test'), 1_000, { signer });
    await CallContext.run(context, () =>
      edge.request(GetComplaint, { id: '0190f1c2-7d3a-7c1e-9a2b-3c4d5e6f7a8b' }),
    );
    await CallContext.run(context, () =>
      service.request(GetComplaint, { id: '0190f1c2-7d3a-7c1e-9a2b-3c4d5e6f7a8b' }),
    );
    expect(seen).toEqual([
      { correlationId: 'corr-forwarding-0001', idempotencyKey: 'client-key-1', actor: 'present' },
      { correlationId: 'corr-forwarding-0001', idempotencyKey: undefined, actor: 'present' },
    ]);
  });
});
