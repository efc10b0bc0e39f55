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

export function toProblem(body: ErrorBody, correlationId?: string): ProblemDetails {
  const { errors, ...extensions } = body.details ?? {};
  return {
    ...extensions,
    type: `${PROBLEM_TYPE_BASE}${body.code.toLowerCase().replaceAll('_', '-')}`,
    title: ErrorCode[body.code],
    status: HTTP_STATUS_OF[body.code],
    detail: body.message,
    code: body.code,
    ...(correlationId ? { correlationId } : {}),
    ...(errors ? { errors } : {}),
  };
}
