import { HasText } from '../../validation/text.js';
import { IsIn, IsOptional, IsString, IsUUID } from 'class-validator';
import { PauseReason } from '../complaint-codes.js';

/** CMP-14: the timers wait while the matter waits on the customer. */
export class DeadlinePauseV1 {
  @IsIn(PauseReason.codes)
  reason!: PauseReason;

  @IsOptional()
  @IsString()
  @HasText(1, 500)
  note?: string;
}

export class PauseComplaintDeadlinesV1 extends DeadlinePauseV1 {
  @IsUUID()
  complaintId!: string;
}

/** CMP-14: the timers resume with the time that was left. */
export class ResumptionV1 {
  @IsOptional()
  @IsString()
  @HasText(1, 500)
  note?: string;
}

export class ResumeComplaintDeadlinesV1 extends ResumptionV1 {
  @IsUUID()
  complaintId!: string;
}
