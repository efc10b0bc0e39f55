/** Printable ASCII, 1-255 characters (a UUID is the usual choice). */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/** The header's value when it is one acceptable key; undefined when absent, repeated or malformed. */
export function acceptableIdempotencyKey(header: string | string[] | undefined): string | undefined {
  return typeof header === 'string' && IDEMPOTENCY_KEY.test(header) ? header : undefined;
}
