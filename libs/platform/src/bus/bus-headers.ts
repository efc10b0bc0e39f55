import { headers as natsHeaders, type MsgHdrs } from '@nats-io/nats-core';
import type { Actor } from '@pcs/contracts';
import type { CallContextData } from '../context/call-context.js';

/** Header names of the platform's request-reply protocol. */
export const BusHeader = {
  correlationId: 'Pcs-Correlation-Id',
  causationId: 'Pcs-Causation-Id',
  /** The acting staff member, as base64url JSON (header values must stay ASCII). */
  actor: 'Pcs-Actor',
  idempotencyKey: 'Pcs-Idempotency-Key',
} as const;

export function contextToHeaders(ctx: CallContextData): MsgHdrs {
  const h = natsHeaders();
  h.set(BusHeader.correlationId, ctx.correlationId);
  if (ctx.causationId) h.set(BusHeader.causationId, ctx.causationId);
  if (ctx.actor) h.set(BusHeader.actor, Buffer.from(JSON.stringify(ctx.actor)).toString('base64url'));
  if (ctx.idempotencyKey) h.set(BusHeader.idempotencyKey, ctx.idempotencyKey);
  return h;
}

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
  const actor = h?.get(BusHeader.actor);
  if (actor) ctx.actor = parseActor(actor);
  return ctx;
}

function parseActor(encoded: string): Actor | undefined {
  try {
    const a = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as Partial<Actor>;
    const valid =
      typeof a.sub === 'string' &&
      typeof a.name === 'string' &&
      typeof a.companyId === 'string' &&
      Array.isArray(a.roles) &&
      Array.isArray(a.communities);
    return valid ? (a as Actor) : undefined;
  } catch {
    return undefined;
  }
}
