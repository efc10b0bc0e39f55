import { IsIn, IsInt, IsOptional, IsString, IsUUID, Min } from 'class-validator';
import { IsInstant } from '../validation/validators.js';
import { DeadLetterStatus } from './ops-codes.js';

/**
 * An event a consumer gave up on, as an operator sees it. The decorators document the shape
 * (OpenAPI) and let tests check replies against it.
 */
export class DeadLetterView {
  @IsUUID()
  id!: string;

  /** The consuming service's durable consumer, e.g. `complaints-calendar`. */
  @IsString()
  consumer!: string;

  /** The event's id and type, when the message could be read. */
  @IsOptional()
  @IsString()
  eventId?: string;

  @IsOptional()
  @IsString()
  eventType?: string;

  @IsString()
  subject!: string;

  @IsInt()
  @Min(1)
  streamSeq!: number;

  /** Why it failed the last time. */
  @IsString()
  error!: string;

  @IsInt()
  @Min(1)
  deliveries!: number;

  @IsIn(DeadLetterStatus.codes)
  status!: DeadLetterStatus;

  @IsString()
  statusLabel!: string;

  @IsInstant()
  createdAt!: string;

  @IsOptional()
  @IsInstant()
  resolvedAt?: string;

  /** Staff id of the operator who replayed or discarded it. */
  @IsOptional()
  @IsString()
  resolvedBy?: string;

  @IsOptional()
  @IsString()
  resolution?: string;

  /** The message as received (events carry no phone or ID numbers, GEN-4). */
  @IsString()
  payload!: string;
}
