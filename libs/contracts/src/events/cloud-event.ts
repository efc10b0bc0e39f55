import type { CommunityId, CompanyId } from '../common/ids.js';

/**
 * The CloudEvents 1.0 JSON envelope of every domain event. `id` is also the JetStream `Nats-Msg-Id`
 * and the consumers' inbox key; `type` is `<aggregate>.<event>.v<version>`.
 */
export interface CloudEvent<T = unknown> {
  specversion: '1.0';
  id: string;
  /** The producing service, e.g. `complaints`. */
  source: string;
  type: string;
  /** ISO-8601 instant of the state change. */
  time: string;
  /** The aggregate id. */
  subject: string;
  datacontenttype: 'application/json';
  companyid: CompanyId;
  communityid?: CommunityId;
  correlationid: string;
  causationid?: string;
  actorid?: string;
  /**
   * The aggregate's version after this event: 1 for its first event, then 2, 3, … without gaps, in
   * the order the producer committed them. Consumers whose effect depends on order wait for the
   * predecessor (decision 0036). Absent only on events published before versions existed.
   */
  aggregateversion?: number;
  data: T;
}

export const CLOUD_EVENT_EXTENSIONS = [
  'companyid',
  'communityid',
  'correlationid',
  'causationid',
  'actorid',
  'aggregateversion',
] as const;

export function isCloudEvent(value: unknown): value is CloudEvent {
  if (value === null || typeof value !== 'object') return false;
  const e = value as Record<string, unknown>;
  return (
    e['specversion'] === '1.0' &&
    typeof e['id'] === 'string' &&
    typeof e['source'] === 'string' &&
    typeof e['type'] === 'string' &&
    typeof e['time'] === 'string' &&
    typeof e['subject'] === 'string' &&
    typeof e['companyid'] === 'string' &&
    typeof e['correlationid'] === 'string' &&
    (e['aggregateversion'] === undefined ||
      (Number.isSafeInteger(e['aggregateversion']) && (e['aggregateversion'] as number) >= 1)) &&
    'data' in e
  );
}
