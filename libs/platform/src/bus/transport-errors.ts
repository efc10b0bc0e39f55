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

/** The services as staff know them, for the Chinese detail of a failed call (decision 0375). */
const SERVICE_LABELS: Readonly<Record<string, string>> = {
  complaints: '客服投诉服务',
  maintenance: '工程维修服务',
  billing: '收费服务',
  residents: '客户档案服务',
};

/**
 * Nobody listening (the service is stopped or restarting) is a fast 503; a listener that does not
 * answer in time (hung, overloaded) is a 504 at the timeout; a closed or draining connection, or one
 * the network broke, is a 503.
 *
 * A call made while serving another service's request (`nested`, decisions 0374 and 0375) that is not
 * answered in time is a 503 with Retry-After instead: the service that makes it does answer its own caller, in
 * time, that something it needs is slow. Only the edge's own wait ends in 504. The detail is Chinese,
 * for staff; `service` names the one that failed.
 */
export function transportErrorToDomain(
  error: unknown,
  subject: string,
  options: { nested?: boolean } = {},
): DomainError {
  const service = serviceOf(subject);
  if (error instanceof TimeoutError) {
    return options.nested
      ? notInTime(service)
      : new DomainError('UPSTREAM_TIMEOUT', `${labelOf(service)}未能及时答复，操作结果请稍后查看`, {
          service,
        });
  }
  const transient = transientFailureOf(error);
  if (
    error instanceof RequestError ||
    error instanceof NoRespondersError ||
    error instanceof ClosedConnectionError ||
    error instanceof DrainingConnectionError ||
    transient
  ) {
    return new DomainError('SERVICE_UNAVAILABLE', `${labelOf(service)}暂不可用，请稍后重试`, {
      service,
      retryAfterSeconds: transient?.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS,
    });
  }
  return new DomainError('INTERNAL');
}

/**
 * A nested call that was not answered, or could not be sent, within the time its caller leaves
 * (decisions 0374, 0375): 503, to be retried shortly.
 */
export function notInTime(service: string): DomainError {
  return new DomainError('SERVICE_UNAVAILABLE', `${labelOf(service)}未能及时答复，请稍后重试`, {
    service,
    retryAfterSeconds: DEFAULT_RETRY_AFTER_SECONDS,
  });
}

/** The service owning a subject (`billing.revolving-fund.draw` → `billing`). */
export function serviceOf(subject: string): string {
  return subject.split('.')[0] ?? subject;
}

function labelOf(service: string): string {
  return SERVICE_LABELS[service] ?? `${service} 服务`;
}
