import { IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '../common/pagination.js';
import { OutboxEventStatus } from './ops-codes.js';

/** The events of one service's outbox by status, newest first; by default the parked ones. */
export class ListOutboxEventsV1 extends PageQuery {
  /** `parked` (default), `pending`, `skipped` or `sent`. */
  @IsOptional()
  @IsIn(OutboxEventStatus.codes)
  status?: OutboxEventStatus;
}
