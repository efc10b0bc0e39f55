import { InvalidArgumentError, InvalidSubjectError } from '@nats-io/nats-core';
import { JetStreamApiError } from '@nats-io/jetstream';

/** JetStream's "message size exceeds maximum allowed" (the stream's or the server's limit). */
const MESSAGE_TOO_LARGE = 10054;

/**
 * Whether retrying a failed publish can ever succeed. Only the event itself can be at fault for
 * good: a payload over the server's or the stream's size limit, or a subject NATS will not accept.
 * Everything else — no responders, timeouts, a closed or draining connection, JetStream unavailable,
 * a missing stream, a permission not yet granted — is an outage that ends, and is retried without
 * limit.
 */
export function isPermanentPublishFailure(error: unknown): boolean {
  if (error instanceof InvalidArgumentError || error instanceof InvalidSubjectError) return true;
  return error instanceof JetStreamApiError && error.code === MESSAGE_TOO_LARGE;
}
