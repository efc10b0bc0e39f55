import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, ValidateNested } from 'class-validator';
import { COMMUNITY_ID_PATTERN } from '../../common/ids.js';
import { StaffRef } from '../../identity/staff-ref.js';
import { IsInstant, IsLocalDate } from '../../validation/validators.js';
import { LabelledCountView } from '../complaint-summary-view.js';
import { ComplaintStatus } from '../complaint-codes.js';

/**
 * An ISO week, `2026-W48`: Monday to Sunday in the community's time zone. Years 1900-2999, as every
 * other date the API takes (`EARLIEST_YEAR`, `LATEST_YEAR`): weeks at the edge of year 1 or 9999 have
 * days that cannot be written as a date.
 */
export const ISO_WEEK_PATTERN = /^(19\d{2}|2\d{3})-W(0[1-9]|[1-4]\d|5[0-3])$/;
/** A quarter `2026-Q4` or a year `2026`, in the years 1900-2999. */
export const REPORT_PERIOD_PATTERN = /^(19\d{2}|2\d{3})(-Q[1-4])?$/;

/** CMP-12: the weekly complaint report (投诉处理周报) of one community. */
export class GetWeeklyComplaintReportV1 {
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN, { message: 'communityId must be a community code such as GZ01' })
  communityId!: string;

  @IsString()
  @Matches(ISO_WEEK_PATTERN, {
    message: 'week must be an ISO week such as 2026-W48, in the years 1900-2999',
  })
  week!: string;
}

/** CMP-12: a company's quarterly or yearly roll-up, one row per community the caller may see. */
export class GetComplaintRollupV1 {
  @IsString()
  @Matches(REPORT_PERIOD_PATTERN, {
    message: 'period must be a quarter such as 2026-Q4 or a year such as 2026, in the years 1900-2999',
  })
  period!: string;
}

/** CMP-12: a complaint marked as a typical case (典型案例) for training. */
export class TypicalCaseView {
  @IsUUID()
  complaintId!: string;

  @IsString()
  number!: string;

  @IsString()
  communityId!: string;

  @IsOptional()
  @IsString()
  category?: string;

  @IsOptional()
  @IsString()
  categoryLabel?: string;

  /** The entry's status code now, beside its label (decision 0336). */
  @IsIn(ComplaintStatus.codes)
  status!: ComplaintStatus;

  @IsString()
  statusLabel!: string;

  /** Why it is worth training on. */
  @IsString()
  reason!: string;

  @ValidateNested()
  @Type(() => StaffRef)
  markedBy!: StaffRef;

  @IsInstant()
  markedAt!: string;
}

/** The register entries that are answered rather than resolved (CMP-13). */
export const ANSWERED_KINDS = ['suggestion', 'praise'] as const;

/** CMP-13: suggestions (建议) or praise (表扬) received in a period, and how many of them are answered. */
export class AnsweredEntriesView {
  @IsIn(ANSWERED_KINDS)
  code!: (typeof ANSWERED_KINDS)[number];

  @IsString()
  label!: string;

  @IsInt()
  received!: number;

  /** Of those received in the period, how many were answered by the report's `asOf`. */
  @IsInt()
  answered!: number;
}

/**
 * CMP-12: what a report counts over a period. Complaints only (kind `complaint`; suggestions and
 * praise are answered, not resolved, CMP-13, and counted apart in `suggestionsAndPraise`), merged
 * duplicates left out (decision 0145).
 */
export class ComplaintReportFigures {
  /** Complaints received in the period. */
  @IsInt()
  received!: number;

  /** Complaints whose measures were recorded (resolved) in the period, whenever received. */
  @IsInt()
  resolved!: number;

  /** Complaints with a deadline that fell due in the period and was not met by then. */
  @IsInt()
  overdue!: number;

  /** The period's received complaints by category, every category listed; `uncategorised` last. */
  @ValidateNested({ each: true })
  @Type(() => LabelledCountView)
  byCategory!: LabelledCountView[];

  /** The period's received complaints by the department they were routed to; `unassigned` last. */
  @ValidateNested({ each: true })
  @Type(() => LabelledCountView)
  byDepartment!: LabelledCountView[];

  /**
   * CMP-7: the period's received complaints by what the complainant wanted (to get a problem solved, to
   * vent, with an expectation), every intent listed; `unrecorded` last.
   */
  @ValidateNested({ each: true })
  @Type(() => LabelledCountView)
  byIntent!: LabelledCountView[];

  /** CMP-13: suggestions, then praise, received in the period and how many are answered. */
  @ValidateNested({ each: true })
  @Type(() => AnsweredEntriesView)
  suggestionsAndPraise!: AnsweredEntriesView[];

  /** Return visits made in the period by the satisfaction the customer gave, every answer listed. */
  @ValidateNested({ each: true })
  @Type(() => LabelledCountView)
  satisfaction!: LabelledCountView[];

  /** How many return visits were made in the period. */
  @IsInt()
  visited!: number;

  /** Satisfied or very satisfied among those visited, in basis points (rounded down); absent when none. */
  @IsOptional()
  @IsInt()
  satisfiedBasisPoints?: number;
}

/** CMP-12: the weekly report of one community. */
export class WeeklyComplaintReportView extends ComplaintReportFigures {
  @IsString()
  communityId!: string;

  @IsString()
  week!: string;

  @IsString()
  timeZone!: string;

  /** Monday and Sunday, local dates. */
  @IsLocalDate()
  firstDay!: string;

  @IsLocalDate()
  lastDay!: string;

  /** The week as instants: [from, to). */
  @IsInstant()
  from!: string;

  @IsInstant()
  to!: string;

  @IsInstant()
  asOf!: string;

  /** Typical cases of the community marked during the week (CMP-12). */
  @ValidateNested({ each: true })
  @Type(() => TypicalCaseView)
  typicalCases!: TypicalCaseView[];
}

/** CMP-12: one community's line of a roll-up. */
export class ComplaintRollupLineView extends ComplaintReportFigures {
  @IsString()
  communityId!: string;

  @IsString()
  communityName!: string;

  @IsString()
  timeZone!: string;

  @IsInstant()
  from!: string;

  @IsInstant()
  to!: string;

  /** Typical cases of the community marked during the period. */
  @IsInt()
  typicalCaseCount!: number;
}

/** CMP-12: a company's quarterly or yearly roll-up: a line per community and the company's total. */
export class ComplaintRollupView {
  @IsString()
  period!: string;

  @IsLocalDate()
  firstDay!: string;

  @IsLocalDate()
  lastDay!: string;

  @IsInstant()
  asOf!: string;

  @ValidateNested({ each: true })
  @Type(() => ComplaintRollupLineView)
  communities!: ComplaintRollupLineView[];

  /** The lines added up; the share satisfied is computed from the summed visits, not averaged. */
  @ValidateNested()
  @Type(() => ComplaintReportFigures)
  total!: ComplaintReportFigures;

  @IsInt()
  typicalCaseCount!: number;
}
