import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import { StaffRef } from '../../identity/staff-ref.js';
import { ContactChannel } from '../../residents/residents-codes.js';
import { IsInstant } from '../../validation/validators.js';
import { EscalationLevel } from '../complaint-codes.js';
import { ComplaintCustomerView } from '../complaint-view.js';
import { CallBackReason, CallBackStatus } from './call-back-codes.js';

/**
 * CMP-4: an entry of the desk's call-back list: a customer to call, about which register entry, why,
 * on which channel, by when, and once done what came of it. The phone stays masked (GEN-4).
 */
export class CallBackView {
  @IsUUID()
  id!: string;

  @IsString()
  communityId!: string;

  @IsUUID()
  complaintId!: string;

  /** The entry's GEN-2 number. */
  @IsString()
  number!: string;

  @IsIn(CallBackReason.codes)
  reason!: CallBackReason;

  @IsString()
  reasonLabel!: string;

  /** The level the entry had reached when the customer was last due to be told. */
  @IsIn(EscalationLevel.codes)
  escalationLevel!: EscalationLevel;

  @IsString()
  escalationLevelLabel!: string;

  /** How to reach the customer: their preference (RES-7), else the channel they used. */
  @IsOptional()
  @IsIn(ContactChannel.codes)
  channel?: ContactChannel;

  @IsOptional()
  @IsString()
  channelLabel?: string;

  @ValidateNested()
  @Type(() => ComplaintCustomerView)
  customer!: ComplaintCustomerView;

  @IsOptional()
  @IsUUID()
  personId?: string;

  /** By the end of the next working day after it was put on the list. */
  @IsInstant()
  dueAt!: string;

  /** Open and past its due time (as of the answer). */
  @IsBoolean()
  overdue!: boolean;

  @IsIn(CallBackStatus.codes)
  status!: CallBackStatus;

  @IsString()
  statusLabel!: string;

  @IsOptional()
  @IsString()
  outcome?: string;

  @IsOptional()
  @IsInstant()
  doneAt?: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => StaffRef)
  doneBy?: StaffRef;

  @IsInstant()
  createdAt!: string;

  @IsInstant()
  updatedAt!: string;

  @IsInt()
  version!: number;
}
