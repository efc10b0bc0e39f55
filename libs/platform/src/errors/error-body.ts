import { DomainError, ErrorCode, isErrorCode, type ErrorBody } from '@pcs/contracts';
import { transientFailureOf, type TransientFailure } from './transient-failure.js';

export function isErrorBody(value: unknown): value is ErrorBody {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return isErrorCode(v['code']) && typeof v['message'] === 'string';
}

/** What a failure becomes for the caller, and whether it is worth an error in the log. */
export interface MappedError {
  body: ErrorBody;
  /** False for a bug: the caller gets INTERNAL and the log gets the whole error. */
  expected: boolean;
  /** Set when the infrastructure failed, not the request: the caller gets 503 and may retry. */
  transient?: TransientFailure;
}

/**
 * What a failure may tell the caller: a DomainError says what went wrong; a transient failure of the
 * infrastructure is SERVICE_UNAVAILABLE with how long to wait (decision 0075); anything else is an
 * internal error whose message, stack, SQL and file paths stay in the logs.
 */
export function toErrorBody(error: unknown): MappedError {
  if (error instanceof DomainError) return { body: error.toBody(), expected: true };
  if (isErrorBody(error)) return { body: error, expected: true };
  // Somebody changed the record since it was read (its version moved on): the caller may retry.
  if (error instanceof Error && error.name === 'OptimisticLockError') {
    return { body: { code: 'CONFLICT', message: ErrorCode.CONFLICT }, expected: true };
  }
  const transient = transientFailureOf(error);
  if (transient) return { body: serviceUnavailable(transient.retryAfterSeconds), expected: true, transient };
  return { body: { code: 'INTERNAL', message: ErrorCode.INTERNAL }, expected: false };
}

/** SERVICE_UNAVAILABLE saying how long to wait; the gateway turns the wait into `Retry-After`. */
export function serviceUnavailable(
  retryAfterSeconds: number,
  message = 'a resource this request needs is temporarily unavailable; retry shortly',
): ErrorBody {
  return { code: 'SERVICE_UNAVAILABLE', message, details: { retryAfterSeconds } };
}
