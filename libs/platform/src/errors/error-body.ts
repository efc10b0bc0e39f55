import { DomainError, ErrorCode, isErrorCode, type ErrorBody } from '@pcs/contracts';

export function isErrorBody(value: unknown): value is ErrorBody {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return isErrorCode(v['code']) && typeof v['message'] === 'string';
}

/**
 * What a failure may tell the caller: a DomainError says what went wrong; anything else is an
 * internal error whose message, stack, SQL and file paths stay in the logs.
 */
export function toErrorBody(error: unknown): { body: ErrorBody; expected: boolean } {
  if (error instanceof DomainError) return { body: error.toBody(), expected: true };
  if (isErrorBody(error)) return { body: error, expected: true };
  // Somebody changed the record since it was read (its version moved on): the caller may retry.
  if (error instanceof Error && error.name === 'OptimisticLockError') {
    return { body: { code: 'CONFLICT', message: ErrorCode.CONFLICT }, expected: true };
  }
  return { body: { code: 'INTERNAL', message: ErrorCode.INTERNAL }, expected: false };
}
