import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { COMMUNITY_ID_PATTERN } from '../../common/ids.js';
import { PageQuery } from '../../common/pagination.js';
import { StaffRef } from '../../identity/staff-ref.js';
import { IsReason } from '../../validation/reason.js';
import { IsInstant } from '../../validation/validators.js';
import { ComplaintCategory } from '../complaint-codes.js';
import { EarlyWarningStatus } from './incident-codes.js';

/** What was done about a warning (CMP-11: "list of open warnings and what was done"). */
export class EarlyWarningActionView {
  @IsInstant()
  at!: string;

  @ValidateNested()
  @Type(() => StaffRef)
  by!: StaffRef;

  @IsString()
  note!: string;
}

/**
 * CMP-11: complaints of one category about one building reached the threshold in the window. The
 * complaints that made it, and those that came while it was open, are listed by id and number.
 */
export class EarlyWarningView {
  @IsUUID()
  id!: string;

  @IsString()
  communityId!: string;

  @IsUUID()
  buildingId!: string;

  /** e.g. `3栋`, when complaints knows the building's units. */
  @IsOptional()
  @IsString()
  buildingLabel?: string;

  @IsIn(ComplaintCategory.codes)
  category!: ComplaintCategory;

  @IsString()
  categoryLabel!: string;

  @IsIn(EarlyWarningStatus.codes)
  status!: EarlyWarningStatus;

  @IsString()
  statusLabel!: string;

  @IsInt()
  threshold!: number;

  @IsInt()
  windowDays!: number;

  @IsInt()
  complaintCount!: number;

  @IsArray()
  @IsUUID('all', { each: true })
  complaintIds!: string[];

  @IsArray()
  @IsString({ each: true })
  complaintNumbers!: string[];

  @IsInstant()
  raisedAt!: string;

  @IsOptional()
  @IsUUID()
  incidentId?: string;

  @ValidateNested({ each: true })
  @Type(() => EarlyWarningActionView)
  actions!: EarlyWarningActionView[];

  @IsOptional()
  @IsInstant()
  closedAt?: string;
}

export class ListEarlyWarningsV1 extends PageQuery {
  @IsOptional()
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN, { message: 'communityId must be a community code such as GZ01' })
  communityId?: string;

  @IsOptional()
  @IsIn(EarlyWarningStatus.codes)
  status?: EarlyWarningStatus;
}

export class GetEarlyWarningV1 {
  @IsUUID()
  id!: string;
}

/** What was done about a warning; `close` when that settles it (it leaves the open list). */
export class EarlyWarningActionV1 {
  @IsReason(1, 1000)
  note!: string;

  @IsOptional()
  @IsBoolean()
  close?: boolean;
}

export class RecordEarlyWarningActionV1 extends EarlyWarningActionV1 {
  @IsUUID()
  warningId!: string;
}

/** CMP-11: a community's own threshold and window; without one, 3 in 7 days. */
export class EarlyWarningRuleV1 {
  @IsInt()
  @Min(2)
  @Max(100)
  threshold!: number;

  @IsInt()
  @Min(1)
  @Max(90)
  windowDays!: number;
}

export class SetEarlyWarningRuleV1 extends EarlyWarningRuleV1 {
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN, { message: 'communityId must be a community code such as GZ01' })
  communityId!: string;
}

export class GetEarlyWarningRuleV1 {
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN, { message: 'communityId must be a community code such as GZ01' })
  communityId!: string;
}

export class EarlyWarningRuleView extends EarlyWarningRuleV1 {
  @IsString()
  communityId!: string;

  /** False when the community uses the defaults. */
  @IsBoolean()
  custom!: boolean;
}

/** `early-warning.raised.v1` (CMP-11): fix the cause before it becomes a group complaint. */
export class EarlyWarningRaisedV1 {
  @IsUUID()
  warningId!: string;

  @IsString()
  communityId!: string;

  @IsUUID()
  buildingId!: string;

  @IsIn(ComplaintCategory.codes)
  category!: ComplaintCategory;

  @IsInt()
  complaintCount!: number;

  @IsInt()
  threshold!: number;

  @IsInt()
  windowDays!: number;

  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  complaintIds!: string[];

  @IsInstant()
  raisedAt!: string;
}
