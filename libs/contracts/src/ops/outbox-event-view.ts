import type { OutboxEventStatus } from './ops-codes.js';

/** An event in a service's outbox, as an operator sees it. */
export class OutboxEventView {
  id!: string;
  subject!: string;
  /** `<aggregate>.<event>.v<version>` */
  type!: string;
  aggregateId!: string;
  aggregateVersion?: number;
  status!: OutboxEventStatus;
  statusLabel!: string;
  attempts!: number;
  lastError?: string;
  createdAt!: string;
  nextAttemptAt!: string;
  sentAt?: string;
}
