import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import { StaffRef } from '../identity/staff-ref.js';
import { IsInstant } from '../validation/validators.js';
import { ComplaintCategory, ComplaintKind, ComplaintStatus, EscalationLevel } from './complaint-codes.js';

/**
 * A register entry in a list that is read at a glance (the daily reconciliation, a shift handover):
 * what it is, where it stands and who has it, without the customer's details or its clocks.
 * Kept in snapshots as it was then.
 */
export class ComplaintSummaryView {
  @IsUUID()
  complaintId!: string;

  @IsString()
  number!: string;

  @IsIn(ComplaintKind.codes)
  kind!: ComplaintKind;

  @IsString()
  kindLabel!: string;

  @IsIn(ComplaintStatus.codes)
  status!: ComplaintStatus;

  @IsString()
  statusLabel!: string;

  @IsOptional()
  @IsIn(ComplaintCategory.codes)
  category?: ComplaintCategory;

  @IsOptional()
  @IsString()
  categoryLabel?: string;

  @IsInstant()
  receivedAt!: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => StaffRef)
  handler?: StaffRef;

  /** CMP-3: the time the customer was promised. */
  @IsOptional()
  @IsInstant()
  promisedAt?: string;

  @IsIn(EscalationLevel.codes)
  escalationLevel!: EscalationLevel;

  @IsString()
  escalationLevelLabel!: string;

  @IsBoolean()
  major!: boolean;

  /** Since when a deadline of the entry has been overdue (the overdue list). */
  @IsOptional()
  @IsInstant()
  overdueSince?: string;
}

/** A count of one code, with its label: `{ code: 'complaint', label: '投诉', count: 3 }`. */
export class LabelledCountView {
  @IsString()
  code!: string;

  @IsString()
  label!: string;

  @IsInt()
  count!: number;
}
