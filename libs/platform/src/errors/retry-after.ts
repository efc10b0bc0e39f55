import type { ErrorBody } from '@pcs/contracts';

/** When a 503 does not say how long to wait (a service that is not running): soon. */
export const DEFAULT_RETRY_AFTER_SECONDS = 1;
const MAX_RETRY_AFTER_SECONDS = 300;

/**
 * The `Retry-After` seconds of an error reply: every 503 has one (RFC 9110 §10.2.3), so that clients
 * and proxies back off instead of hammering a service that is restarting; other statuses have none.
 * A wait the service sent is honoured within sane bounds, since it arrives over the bus.
 */
export function retryAfterSecondsOf(body: ErrorBody): number | undefined {
  if (body.code !== 'SERVICE_UNAVAILABLE') return undefined;
  const sent = body.details?.['retryAfterSeconds'];
  return typeof sent === 'number' && Number.isInteger(sent) && sent >= 1 && sent <= MAX_RETRY_AFTER_SECONDS
    ? sent
    : DEFAULT_RETRY_AFTER_SECONDS;
}
