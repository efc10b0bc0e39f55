/** Printable ASCII, 1-255 characters (a UUID is the usual choice). */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/** The header's value when it is one acceptable key; undefined when absent, repeated or malformed. */
export function acceptableIdempotencyKey(header: string | string[] | undefined): string | undefined {
  return typeof header === 'string' && IDEMPOTENCY_KEY.test(header) ? header : undefined;
}

/** Metadata of a route that refuses a request without an Idempotency-Key (decision 0200). */
export const IDEMPOTENCY_KEY_REQUIRED = 'pcs:idempotency-key-required';

/** Whether the route handler needs an Idempotency-Key (`ApiCreatesOnce`). */
export function requiresIdempotencyKey(handler: object): boolean {
  return Reflect.getMetadata(IDEMPOTENCY_KEY_REQUIRED, handler) === true;
}
