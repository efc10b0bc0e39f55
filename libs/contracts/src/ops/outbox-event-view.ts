import { IsIn, IsInt, IsOptional, IsString, IsUUID, Min } from 'class-validator';
import { IsInstant } from '../validation/validators.js';
import { OutboxEventStatus } from './ops-codes.js';

/** An event in a service's outbox, as an operator sees it. */
export class OutboxEventView {
  @IsUUID()
  id!: string;

  @IsString()
  subject!: string;

  /** `<aggregate>.<event>.v<version>` */
  @IsString()
  type!: string;

  @IsString()
  aggregateId!: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  aggregateVersion?: number;

  @IsIn(OutboxEventStatus.codes)
  status!: OutboxEventStatus;

  @IsString()
  statusLabel!: string;

  @IsInt()
  @Min(0)
  attempts!: number;

  @IsOptional()
  @IsString()
  lastError?: string;

  @IsInstant()
  createdAt!: string;

  @IsInstant()
  nextAttemptAt!: string;

  @IsOptional()
  @IsInstant()
  sentAt?: string;
}
