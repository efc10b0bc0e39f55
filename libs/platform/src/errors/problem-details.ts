import { ErrorCode, type ErrorBody, type FieldError } from '@pcs/contracts';
import { HTTP_STATUS_OF } from './http-status.js';

/** RFC 9457 problem details, with the platform's `code`, field `errors` and `correlationId`. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  correlationId?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export const PROBLEM_TYPE_BASE = 'https://docs.pcs.example/problems/';

/** The members RFC 9457 and the platform give a meaning of their own. */
const STANDARD_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'instance', 'code', 'correlationId']);

/**
 * A detail named like a standard member (a record's `status` in an invalid transition, say) would be
 * overwritten by it and lost: it is kept as `current<Name>` (`currentStatus: 'closed'`).
 */
function extensionsOf(details: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(details).map(([key, value]) =>
      STANDARD_MEMBERS.has(key) ? [`current${key[0]?.toUpperCase()}${key.slice(1)}`, value] : [key, value],
    ),
  );
}

export function toProblem(body: ErrorBody, correlationId?: string): ProblemDetails {
  const { errors, ...details } = body.details ?? {};
  return {
    ...extensionsOf(details),
    type: `${PROBLEM_TYPE_BASE}${body.code.toLowerCase().replaceAll('_', '-')}`,
    title: ErrorCode[body.code],
    status: HTTP_STATUS_OF[body.code],
    detail: body.message,
    code: body.code,
    ...(correlationId ? { correlationId } : {}),
    ...(errors ? { errors } : {}),
  };
}
