import {
  ClosedConnectionError,
  DrainingConnectionError,
  NoRespondersError,
  RequestError,
  TimeoutError,
} from '@nats-io/nats-core';
import { DomainError } from '@pcs/contracts';

/**
 * Nobody listening (the service is stopped) is a fast 503; a listener that does not answer in time
 * (hung, overloaded) is a 504 at the timeout; a closed or draining connection is a 503.
 */
export function transportErrorToDomain(error: unknown, subject: string): DomainError {
  if (error instanceof TimeoutError) {
    return new DomainError('UPSTREAM_TIMEOUT', `no reply from ${serviceOf(subject)} in time`);
  }
  if (
    error instanceof RequestError ||
    error instanceof NoRespondersError ||
    error instanceof ClosedConnectionError ||
    error instanceof DrainingConnectionError
  ) {
    return new DomainError('SERVICE_UNAVAILABLE', `${serviceOf(subject)} is not available`);
  }
  return new DomainError('INTERNAL');
}

function serviceOf(subject: string): string {
  return subject.split('.')[0] ?? subject;
}
