import { IsIn, IsOptional, IsString, IsUUID } from 'class-validator';
import { IsInstant } from '../validation/validators.js';
import { DeadlineKind, EscalationLevel } from './complaint-codes.js';

/** `complaint.deadline-approaching.v1` (CMP-14): the handler is warned before a deadline passes. */
export class ComplaintDeadlineApproachingV1 {
  @IsUUID()
  complaintId!: string;

  @IsString()
  number!: string;

  @IsIn(DeadlineKind.codes)
  step!: DeadlineKind;

  @IsOptional()
  @IsIn(EscalationLevel.codes)
  level?: EscalationLevel;

  @IsInstant()
  dueAt!: string;

  /** Who is warned: the handler, or nobody named yet (the desk's supervisor then). */
  @IsOptional()
  @IsString()
  handlerId?: string;
}
