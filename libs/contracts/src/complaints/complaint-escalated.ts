import { IsBoolean, IsIn, IsOptional, IsString, IsUUID } from 'class-validator';
import { ContactChannel } from '../residents/residents-codes.js';
import { IsInstant } from '../validation/validators.js';
import { DeadlineKind, EscalationLevel } from './complaint-codes.js';

/** Why an entry went up a level (CMP-4, CMP-5). */
export const EscalationCause = ['overdue', 'manual', 'major'] as const;
export type EscalationCause = (typeof EscalationCause)[number];

/**
 * `complaint.escalated.v1` (CMP-4): an entry went up to `level`. SMS, telephony and the owner app tell
 * the customer on `customerChannel` (the resident's preference, RES-7, else the channel they used);
 * the desk finds it on its call-back list. No customer contact in the event (GEN-4): a sender asks
 * the service for it.
 */
export class ComplaintEscalatedV1 {
  @IsUUID()
  complaintId!: string;

  @IsString()
  number!: string;

  @IsIn(EscalationLevel.codes)
  level!: EscalationLevel;

  @IsIn(EscalationCause)
  cause!: EscalationCause;

  /** The step that was overdue, when the cause is a deadline. */
  @IsOptional()
  @IsIn(DeadlineKind.codes)
  overdueStep?: DeadlineKind;

  @IsOptional()
  @IsString()
  reason?: string;

  /** False for an anonymous customer: nobody to tell. */
  @IsBoolean()
  notifyCustomer!: boolean;

  @IsOptional()
  @IsIn(ContactChannel.codes)
  customerChannel?: ContactChannel;

  @IsOptional()
  @IsUUID()
  personId?: string;

  @IsInstant()
  at!: string;
}
