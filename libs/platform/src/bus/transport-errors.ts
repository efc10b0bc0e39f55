import {
  ClosedConnectionError,
  DrainingConnectionError,
  NoRespondersError,
  RequestError,
  TimeoutError,
} from '@nats-io/nats-core';
import { DomainError } from '@pcs/contracts';
import { DEFAULT_RETRY_AFTER_SECONDS } from '../errors/retry-after.js';
import { transientFailureOf } from '../errors/transient-failure.js';

/**
 * Nobody listening (the service is stopped or restarting) is a fast 503; a listener that does not
 * answer in time (hung, overloaded) is a 504 at the timeout; a closed or draining connection, or one
 * the network broke, is a 503.
 */
export function transportErrorToDomain(error: unknown, subject: string): DomainError {
  if (error instanceof TimeoutError) {
    return new DomainError('UPSTREAM_TIMEOUT', `no reply from ${serviceOf(subject)} in time`);
  }
  const transient = transientFailureOf(error);
  if (
    error instanceof RequestError ||
    error instanceof NoRespondersError ||
    error instanceof ClosedConnectionError ||
    error instanceof DrainingConnectionError ||
    transient
  ) {
    return new DomainError('SERVICE_UNAVAILABLE', `${serviceOf(subject)} is not available`, {
      retryAfterSeconds: transient?.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS,
    });
  }
  return new DomainError('INTERNAL');
}

function serviceOf(subject: string): string {
  return subject.split('.')[0] ?? subject;
}
