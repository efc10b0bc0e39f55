import type { DeadLetterStatus } from './ops-codes.js';

/** An event a consumer gave up on, as an operator sees it. */
export class DeadLetterView {
  id!: string;
  /** The consuming service's durable consumer, e.g. `complaints-calendar`. */
  consumer!: string;
  /** The event's id and type, when the message could be read. */
  eventId?: string;
  eventType?: string;
  subject!: string;
  streamSeq!: number;
  /** Why it failed the last time. */
  error!: string;
  deliveries!: number;
  status!: DeadLetterStatus;
  statusLabel!: string;
  createdAt!: string;
  resolvedAt?: string;
  /** Staff id of the operator who replayed or discarded it. */
  resolvedBy?: string;
  resolution?: string;
  /** The message as received (events carry no phone or ID numbers, GEN-4). */
  payload!: string;
}
