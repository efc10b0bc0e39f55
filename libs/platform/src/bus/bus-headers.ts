import { headers as natsHeaders, type MsgHdrs } from '@nats-io/nats-core';
import type { CallContextData } from '../context/call-context.js';
import { deadlineFromTimeLeft, formatTimeLeft } from './deadline.js';

/** Header names of the platform's request-reply protocol. */
export const BusHeader = {
  correlationId: 'Pcs-Correlation-Id',
  causationId: 'Pcs-Causation-Id',
  /** The acting staff member or service, as a short-lived signed JWT (decision 0037). */
  actor: 'Pcs-Actor',
  idempotencyKey: 'Pcs-Idempotency-Key',
  /**
   * How long the caller waits for the reply, in milliseconds from when it sent the request (decision
   * 0374): relative, so the hosts' clocks never matter. Not signed, and it grants nothing: it only
   * bounds how long the service waits for the services it asks in turn.
   */
  timeLeft: 'Pcs-Time-Left-Ms',
} as const;

/**
 * The headers of a request; the actor goes only in its signed form. `timeLeftMs` is how long the
 * caller will wait for this reply (BusClient always says; a context's `deadlineAt` is local to its
 * process and never sent as such).
 */
export function contextToHeaders(ctx: CallContextData, timeLeftMs?: number): MsgHdrs {
  const h = natsHeaders();
  h.set(BusHeader.correlationId, ctx.correlationId);
  if (ctx.causationId) h.set(BusHeader.causationId, ctx.causationId);
  if (ctx.actorToken) h.set(BusHeader.actor, ctx.actorToken);
  if (ctx.idempotencyKey) h.set(BusHeader.idempotencyKey, ctx.idempotencyKey);
  if (timeLeftMs !== undefined) h.set(BusHeader.timeLeft, formatTimeLeft(timeLeftMs));
  return h;
}

/**
 * The context of a received request, with the actor still unverified (`actorToken` only), and the
 * local deadline of its reply when the caller said how long it waits (`receivedAt`: when it arrived).
 */
export function contextFromHeaders(
  h: MsgHdrs | undefined,
  fallbackCorrelationId: () => string,
  receivedAt: number = performance.now(),
): CallContextData {
  const correlationId = h?.get(BusHeader.correlationId) || fallbackCorrelationId();
  const ctx: CallContextData = { correlationId };
  const causationId = h?.get(BusHeader.causationId);
  if (causationId) ctx.causationId = causationId;
  const idempotencyKey = h?.get(BusHeader.idempotencyKey);
  if (idempotencyKey) ctx.idempotencyKey = idempotencyKey;
  const actorToken = h?.get(BusHeader.actor);
  if (actorToken) ctx.actorToken = actorToken;
  const deadlineAt = deadlineFromTimeLeft(h?.get(BusHeader.timeLeft) || undefined, receivedAt);
  if (deadlineAt !== undefined) ctx.deadlineAt = deadlineAt;
  return ctx;
}
