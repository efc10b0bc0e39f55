import { describe, expect, it } from '@jest/globals';
import { DomainError } from '@pcs/contracts';
import { toErrorBody } from './error-body.js';
import { retryAfterSecondsOf } from './retry-after.js';
import { isTransactionConflict, transientFailureOf } from './transient-failure.js';

/** An error shaped as pg and MikroORM give them: a SQLSTATE in `code`, the driver's message. */
function driverError(code: string | undefined, message: string, name = 'DriverException'): Error {
  return Object.assign(new Error(message), { name, ...(code ? { code } : {}) });
}

describe('transient failures (decision 0075)', () => {
  it.each([
    ['57P01', 'terminating connection due to administrator command', 'database-unavailable'],
    ['57P02', 'terminating connection because of crash of another server process', 'database-unavailable'],
    ['57P03', 'the database system is starting up', 'database-unavailable'],
    ['57P03', 'the database system is shutting down', 'database-unavailable'],
    ['53300', 'sorry, too many clients already', 'too-many-connections'],
    ['08006', 'connection failure', 'connection'],
    ['08001', 'could not establish connection', 'connection'],
    ['40001', 'could not serialize access due to concurrent update', 'transaction-conflict'],
    ['40P01', 'deadlock detected', 'transaction-conflict'],
    ['ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432', 'connection'],
    ['ECONNRESET', 'read ECONNRESET', 'connection'],
    [undefined, 'Connection terminated unexpectedly', 'connection'],
    [undefined, 'Connection terminated due to connection timeout', 'connection'],
    [undefined, 'timeout exceeded when trying to connect', 'connection'],
    [undefined, 'Client has encountered a connection error and is not queryable', 'connection'],
  ])('%s %s is transient (%s)', (code, message, reason) => {
    const failure = transientFailureOf(driverError(code, message));
    expect(failure?.reason).toBe(reason);
    expect(failure?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(toErrorBody(driverError(code, message))).toMatchObject({
      body: { code: 'SERVICE_UNAVAILABLE', details: { retryAfterSeconds: failure?.retryAfterSeconds } },
      expected: true,
      transient: failure,
    });
  });

  it('finds the cause a wrapper hides, and a refused connection among several addresses', () => {
    const wrapped = new Error('failed to begin', { cause: driverError('57P03', 'starting up') });
    expect(transientFailureOf(wrapped)?.reason).toBe('database-unavailable');
    const refusedEverywhere = new AggregateError([
      Object.assign(new Error('connect ECONNREFUSED ::1:5432'), { code: 'ECONNREFUSED' }),
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
    ]);
    expect(transientFailureOf(refusedEverywhere)?.reason).toBe('connection');
    const cyclic: Error & { cause?: unknown } = new Error('loop');
    cyclic.cause = cyclic;
    expect(transientFailureOf(cyclic)).toBeUndefined();
  });

  it.each([
    ['a TypeError (a bug)', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a unique violation', driverError('23505', 'duplicate key value violates unique constraint "x"')],
    ['a division by zero', driverError('22012', 'division by zero')],
    ['an error raised by a trigger', driverError('P0001', 'the archive is append-only')],
    ['a syntax error', driverError('42601', 'syntax error at or near "selec"')],
    ['a string', 'Connection terminated unexpectedly'],
    ['nothing', undefined],
  ])('%s stays INTERNAL (500)', (_name, error) => {
    expect(transientFailureOf(error)).toBeUndefined();
    expect(toErrorBody(error)).toEqual({
      body: { code: 'INTERNAL', message: '系统内部错误' },
      expected: false,
    });
  });

  it('retries only serialization failures and deadlocks inside a command', () => {
    expect(isTransactionConflict(driverError('40001', 'could not serialize'))).toBe(true);
    expect(isTransactionConflict(driverError('40P01', 'deadlock detected'))).toBe(true);
    expect(isTransactionConflict(driverError('57P01', 'terminating connection'))).toBe(false);
    expect(isTransactionConflict(new TypeError('x'))).toBe(false);
  });

  it('gives every 503 a Retry-After, honouring a sane wait the service sent, and no other status one', () => {
    expect(
      retryAfterSecondsOf(new DomainError('SERVICE_UNAVAILABLE', 'x', { retryAfterSeconds: 2 }).toBody()),
    ).toBe(2);
    expect(retryAfterSecondsOf(new DomainError('SERVICE_UNAVAILABLE').toBody())).toBe(1);
    for (const wait of [0, -1, 1.5, 100_000, '2']) {
      expect(
        retryAfterSecondsOf(
          new DomainError('SERVICE_UNAVAILABLE', 'x', { retryAfterSeconds: wait }).toBody(),
        ),
      ).toBe(1);
    }
    expect(retryAfterSecondsOf(new DomainError('INTERNAL').toBody())).toBeUndefined();
    expect(retryAfterSecondsOf(new DomainError('UPSTREAM_TIMEOUT').toBody())).toBeUndefined();
  });
});
