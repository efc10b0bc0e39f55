import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  ValidateNested,
} from 'class-validator';
import { StaffRef } from '../../identity/staff-ref.js';
import { IsInstant, IsLocalDate } from '../../validation/validators.js';
import { ComplaintSummaryView, LabelledCountView } from '../complaint-summary-view.js';
import { ReconciliationGapKind } from './reconciliation-codes.js';

/** CMP-6: one gap the reconciliation found, with the entry it is about. */
export class ReconciliationGapView {
  @IsIn(ReconciliationGapKind.codes)
  kind!: ReconciliationGapKind;

  @IsString()
  kindLabel!: string;

  @ValidateNested()
  @Type(() => ComplaintSummaryView)
  entry!: ComplaintSummaryView;
}

/** CMP-6: the supervisor's signature under a day, with the gaps as they stood when signed. */
export class DaySignOffView {
  @IsUUID()
  id!: string;

  @ValidateNested()
  @Type(() => StaffRef)
  by!: StaffRef;

  @IsInstant()
  at!: string;

  @IsOptional()
  @IsString()
  @Length(1, 1000)
  note?: string;

  /** How many entries the day's register held when it was signed. */
  @IsInt()
  entryCount!: number;

  @ValidateNested({ each: true })
  @Type(() => ReconciliationGapView)
  gaps!: ReconciliationGapView[];

  @ValidateNested({ each: true })
  @Type(() => LabelledCountView)
  gapCounts!: LabelledCountView[];
}

/**
 * CMP-6: a community's day (its local date) reconciled: the register entries received that day, the
 * gaps as of `asOf`, counts by kind, status and gap, and the sign-off once the supervisor signed.
 */
export class DayReconciliationView {
  @IsString()
  communityId!: string;

  /** The community's local date. */
  @IsLocalDate()
  date!: string;

  @IsString()
  timeZone!: string;

  /** The day as instants: from its start (inclusive) to the next day's start (exclusive). */
  @IsInstant()
  from!: string;

  @IsInstant()
  to!: string;

  /** When the gaps were computed. */
  @IsInstant()
  asOf!: string;

  /** The day is over, so it may be signed. */
  @IsBoolean()
  ended!: boolean;

  @ValidateNested({ each: true })
  @Type(() => ComplaintSummaryView)
  entries!: ComplaintSummaryView[];

  @ValidateNested({ each: true })
  @Type(() => ReconciliationGapView)
  gaps!: ReconciliationGapView[];

  /** The day's entries by kind (complaint, suggestion, …), every kind listed. */
  @ValidateNested({ each: true })
  @Type(() => LabelledCountView)
  countsByKind!: LabelledCountView[];

  /** The day's entries by their status now, every status listed. */
  @ValidateNested({ each: true })
  @Type(() => LabelledCountView)
  countsByStatus!: LabelledCountView[];

  /** The gaps by kind, every kind listed. */
  @ValidateNested({ each: true })
  @Type(() => LabelledCountView)
  gapCounts!: LabelledCountView[];

  @IsOptional()
  @ValidateNested()
  @Type(() => DaySignOffView)
  signOff?: DaySignOffView;
}
