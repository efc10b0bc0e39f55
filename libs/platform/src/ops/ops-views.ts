import {
  DeadLetterStatus,
  OutboxEventStatus,
  type DeadLetterView,
  type OutboxEventView,
} from '@pcs/contracts';

/** Raw queries return timestamps as the driver gives them: text or Date. */
type Timestamp = Date | string;

function iso(value: Timestamp): string {
  return new Date(value).toISOString();
}

export interface DeadLetterRow {
  id: string;
  consumer: string;
  event_id: string | null;
  event_type: string | null;
  company_id: string | null;
  subject: string;
  stream_seq: string;
  payload: string;
  error: string;
  deliveries: number;
  status: DeadLetterStatus;
  created_at: Timestamp;
  resolved_at: Timestamp | null;
  resolved_by: string | null;
  resolution: string | null;
}

export interface OutboxRow {
  id: string;
  subject: string;
  aggregate_id: string;
  envelope: { type?: string; aggregateversion?: number; companyid?: string; communityid?: string };
  status: OutboxEventStatus;
  attempts: number;
  last_error: string | null;
  created_at: Timestamp;
  next_attempt_at: Timestamp;
  sent_at: Timestamp | null;
}

export function toDeadLetterView(r: DeadLetterRow): DeadLetterView {
  return {
    id: r.id,
    consumer: r.consumer,
    ...(r.event_id ? { eventId: r.event_id } : {}),
    ...(r.event_type ? { eventType: r.event_type } : {}),
    subject: r.subject,
    streamSeq: Number(r.stream_seq),
    error: r.error,
    deliveries: r.deliveries,
    status: r.status,
    statusLabel: DeadLetterStatus.label(r.status),
    createdAt: iso(r.created_at),
    ...(r.resolved_at ? { resolvedAt: iso(r.resolved_at) } : {}),
    ...(r.resolved_by ? { resolvedBy: r.resolved_by } : {}),
    ...(r.resolution ? { resolution: r.resolution } : {}),
    payload: r.payload,
  };
}

export function toOutboxEventView(r: OutboxRow): OutboxEventView {
  return {
    id: r.id,
    subject: r.subject,
    type: r.envelope.type ?? '',
    aggregateId: r.aggregate_id,
    ...(r.envelope.aggregateversion ? { aggregateVersion: r.envelope.aggregateversion } : {}),
    status: r.status,
    statusLabel: OutboxEventStatus.label(r.status),
    attempts: r.attempts,
    ...(r.last_error ? { lastError: r.last_error } : {}),
    createdAt: iso(r.created_at),
    nextAttemptAt: iso(r.next_attempt_at),
    ...(r.sent_at ? { sentAt: iso(r.sent_at) } : {}),
  };
}
