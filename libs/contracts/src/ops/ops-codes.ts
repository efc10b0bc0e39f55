import { labelledCodes, type CodeOf } from '../common/labelled-codes.js';

/** A dead letter waits for an operator, who replays it (its effect then applied once) or discards it. */
export const DeadLetterStatus = labelledCodes({
  open: '待处理',
  replayed: '已重放',
  discarded: '已丢弃',
});
export type DeadLetterStatus = CodeOf<typeof DeadLetterStatus>;

/**
 * An event in a service's outbox: waiting to be published, published, parked (the stream refused it
 * for good) until an operator retries it, or skipped by an operator (never published).
 */
export const OutboxEventStatus = labelledCodes({
  pending: '待发布',
  sent: '已发布',
  parked: '已搁置',
  skipped: '已跳过',
});
export type OutboxEventStatus = CodeOf<typeof OutboxEventStatus>;
