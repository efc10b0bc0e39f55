import { headers as natsHeaders, type MsgHdrs } from '@nats-io/nats-core';
import type { CallContextData } from '../context/call-context.js';

/** Header names of the platform's request-reply protocol. */
export const BusHeader = {
  correlationId: 'Pcs-Correlation-Id',
  causationId: 'Pcs-Causation-Id',
  /** The acting staff member or service, as a short-lived signed JWT (decision 0037). */
  actor: 'Pcs-Actor',
  idempotencyKey: 'Pcs-Idempotency-Key',
} as const;

/** The headers of a request; the actor goes only in its signed form. */
export function contextToHeaders(ctx: CallContextData): MsgHdrs {
  const h = natsHeaders();
  h.set(BusHeader.correlationId, ctx.correlationId);
  if (ctx.causationId) h.set(BusHeader.causationId, ctx.causationId);
  if (ctx.actorToken) h.set(BusHeader.actor, ctx.actorToken);
  if (ctx.idempotencyKey) h.set(BusHeader.idempotencyKey, ctx.idempotencyKey);
  return h;
}

/** The context of a received request, with the actor still unverified (`actorToken` only). */
export function contextFromHeaders(
  h: MsgHdrs | undefined,
  fallbackCorrelationId: () => string,
): CallContextData {
  const correlationId = h?.get(BusHeader.correlationId) || fallbackCorrelationId();
  const ctx: CallContextData = { correlationId };
  const causationId = h?.get(BusHeader.causationId);
  if (causationId) ctx.causationId = causationId;
  const idempotencyKey = h?.get(BusHeader.idempotencyKey);
  if (idempotencyKey) ctx.idempotencyKey = idempotencyKey;
  const actorToken = h?.get(BusHeader.actor);
  if (actorToken) ctx.actorToken = actorToken;
  return ctx;
}
