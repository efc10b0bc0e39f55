import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import { StaffRef } from '../../identity/staff-ref.js';
import { IsInstant } from '../../validation/validators.js';
import { CallBackView } from '../call-backs/call-back-view.js';
import { ComplaintSummaryView } from '../complaint-summary-view.js';
import { ShiftHandoverStatus } from './shift-handover-codes.js';

/**
 * DESK-1: what the outgoing shift passes on, as it stood when handed over. Each list holds at most
 * a page of items (oldest first); its count says how many there were.
 */
export class ShiftHandoverSnapshotView {
  /** Open items are the entries received since then: the giver's previous handover, at most 24 h ago. */
  @IsInstant()
  since!: string;

  /** The community's entries received since `since` that are not finished. */
  @ValidateNested({ each: true })
  @Type(() => ComplaintSummaryView)
  openItems!: ComplaintSummaryView[];

  @IsInt()
  openItemCount!: number;

  /** Promised call-backs: the open entries of the desk's call-back list (CMP-4)… */
  @ValidateNested({ each: true })
  @Type(() => CallBackView)
  callBacks!: CallBackView[];

  @IsInt()
  callBackCount!: number;

  /** …and the entries whose promised time (CMP-3) is still ahead and not yet resolved. */
  @ValidateNested({ each: true })
  @Type(() => ComplaintSummaryView)
  promises!: ComplaintSummaryView[];

  @IsInt()
  promiseCount!: number;

  /** Active matters: open entries that are escalated, overdue or major (CMP-4, CMP-5). */
  @ValidateNested({ each: true })
  @Type(() => ComplaintSummaryView)
  activeMatters!: ComplaintSummaryView[];

  @IsInt()
  activeMatterCount!: number;
}

/** DESK-1: the supervisor's daily review of a handover. */
export class ShiftHandoverReviewView {
  @ValidateNested()
  @Type(() => StaffRef)
  by!: StaffRef;

  @IsInstant()
  at!: string;

  @IsString()
  note!: string;
}

/** DESK-1: a shift handover (交接班) from the outgoing to the incoming staff member. */
export class ShiftHandoverView {
  @IsUUID()
  id!: string;

  @IsString()
  companyId!: string;

  @IsString()
  communityId!: string;

  @IsIn(ShiftHandoverStatus.codes)
  status!: ShiftHandoverStatus;

  @IsString()
  statusLabel!: string;

  /** The outgoing staff member, who made the handover. */
  @ValidateNested()
  @Type(() => StaffRef)
  from!: StaffRef;

  /** The incoming staff member, who alone accepts or refuses it. */
  @ValidateNested()
  @Type(() => StaffRef)
  to!: StaffRef;

  @IsInstant()
  handedOverAt!: string;

  @IsOptional()
  @IsInstant()
  shiftEndsAt?: string;

  /** What happened during the shift. */
  @IsString()
  summary!: string;

  @IsOptional()
  @IsString()
  notes?: string;

  @ValidateNested()
  @Type(() => ShiftHandoverSnapshotView)
  snapshot!: ShiftHandoverSnapshotView;

  @IsOptional()
  @IsInstant()
  acceptedAt?: string;

  @IsOptional()
  @IsString()
  acceptanceNote?: string;

  @IsOptional()
  @IsInstant()
  refusedAt?: string;

  @IsOptional()
  @IsString()
  refusalReason?: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => ShiftHandoverReviewView)
  review?: ShiftHandoverReviewView;

  @IsInstant()
  updatedAt!: string;

  @IsInt()
  version!: number;
}
