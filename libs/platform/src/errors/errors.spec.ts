import { describe, expect, it } from '@jest/globals';
import { DomainError, ErrorCode } from '@pcs/contracts';
import { toErrorBody } from './error-body.js';
import { HTTP_STATUS_OF } from './http-status.js';
import { toProblem } from './problem-details.js';

describe('errors', () => {
  it('maps every error code to a 4xx or 5xx status', () => {
    for (const code of Object.keys(ErrorCode) as (keyof typeof ErrorCode)[]) {
      expect(HTTP_STATUS_OF[code]).toBeGreaterThanOrEqual(400);
      expect(HTTP_STATUS_OF[code]).toBeLessThan(600);
    }
  });

  it('keeps a domain error as it is and hides everything about an unexpected one', () => {
    expect(toErrorBody(new DomainError('COMPLAINT_NOT_FOUND'))).toEqual({
      body: { code: 'COMPLAINT_NOT_FOUND', message: '投诉不存在' },
      expected: true,
    });
    const leaky = new Error('duplicate key value violates "complaint_pkey" at /srv/app/dist/x.js:1');
    expect(toErrorBody(leaky)).toEqual({
      body: { code: 'INTERNAL', message: '系统内部错误' },
      expected: false,
    });
  });

  it('turns a stale version (optimistic lock) into a retryable 409, not an internal error', () => {
    const stale = Object.assign(new Error('The optimistic lock on entity Unit failed'), {
      name: 'OptimisticLockError',
    });
    expect(toErrorBody(stale)).toEqual({
      body: { code: 'CONFLICT', message: ErrorCode.CONFLICT },
      expected: true,
    });
    expect(HTTP_STATUS_OF.CONFLICT).toBe(409);
  });

  it('renders RFC 9457 problem details with the code, the Chinese title, field errors and the correlation id', () => {
    const problem = toProblem(
      DomainError.validation([{ field: 'customer.phone', message: 'bad' }]).toBody(),
      'c-1',
    );
    expect(problem).toEqual({
      type: 'https://docs.pcs.example/problems/validation-failed',
      title: '请求参数无效',
      status: 400,
      detail: '请求参数无效',
      code: 'VALIDATION_FAILED',
      correlationId: 'c-1',
      errors: [{ field: 'customer.phone', message: 'bad' }],
    });
  });
  it('keeps a detail named like a standard member as current<Name>, never overwritten by the HTTP status', () => {
    const problem = toProblem(
      new DomainError('INVALID_STATE_TRANSITION', 'closed', { status: 'closed', action: 'assign' }).toBody(),
    );
    expect(problem.status).toBe(409);
    expect(problem).toMatchObject({
      currentStatus: 'closed',
      action: 'assign',
      code: 'INVALID_STATE_TRANSITION',
    });
  });
});
