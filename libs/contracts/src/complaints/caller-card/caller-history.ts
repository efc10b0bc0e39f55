import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { COMMUNITY_ID_PATTERN } from '../../common/ids.js';
import { labelledCodes, type CodeOf } from '../../common/labelled-codes.js';
import { IsPhoneNumber } from '../../validation/validators.js';
import { ComplaintSummaryView } from '../complaint-summary-view.js';
import { IncidentView } from '../incidents/incident.js';

/** DESK-3: what the desk should know about a caller before they say a word. */
export const CallerFlag = labelledCodes({
  'major-complainant': '重大投诉人',
  'repeat-complainant': '多次投诉',
  'recently-dissatisfied': '近期回访不满意',
  escalated: '投诉已升级',
});
export type CallerFlag = CodeOf<typeof CallerFlag>;

/** DESK-3 thresholds: a repeat complainant has this many complaints in the window. */
export const CALLER_FLAG_RULES = { repeatCount: 3, repeatWindowDays: 90, majorWindowDays: 365 } as const;

/**
 * DESK-3: the complaints service's part of the caller card: entries by the number or about the units
 * the number belongs to, within the caller's scope (GEN-5).
 */
export class GetCallerHistoryV1 {
  @ValidateIf((q: GetCallerHistoryV1) => q.phone !== undefined || !q.unitIds?.length)
  @IsDefined({ message: 'one of phone or unitIds is required' })
  @IsString()
  @IsPhoneNumber()
  phone?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  unitIds?: string[];

  /**
   * The community the desk serves the call for: only its entries and incidents; one outside the
   * caller's scope or unknown is 404 COMMUNITY_NOT_FOUND (GEN-5, decision 0299).
   */
  @IsOptional()
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN, { message: 'communityId must be a community code such as GZ01' })
  communityId?: string;
}

export class CallerFlagView {
  @IsIn(CallerFlag.codes)
  code!: CallerFlag;

  @IsString()
  label!: string;

  /** Why, in words the desk reads out of the corner of an eye: `近90天投诉4次`. */
  @IsString()
  detail!: string;
}

/** A unit as complaints knows it: its building, for the incidents that affect it. */
export class CallerUnitView {
  @IsUUID()
  unitId!: string;

  @IsString()
  communityId!: string;

  @IsUUID()
  buildingId!: string;

  @IsString()
  label!: string;
}

export class CallerHistoryView {
  @ValidateNested({ each: true })
  @Type(() => CallerUnitView)
  units!: CallerUnitView[];

  /** Unresolved entries, oldest first (at most 20). */
  @ValidateNested({ each: true })
  @Type(() => ComplaintSummaryView)
  openEntries!: ComplaintSummaryView[];

  /** The latest contacts whatever they became, newest first (at most 10). */
  @ValidateNested({ each: true })
  @Type(() => ComplaintSummaryView)
  recentContacts!: ComplaintSummaryView[];

  @IsInt()
  complaintsInWindow!: number;

  @ValidateNested({ each: true })
  @Type(() => CallerFlagView)
  flags!: CallerFlagView[];

  /** Active incidents affecting the units' buildings, or their whole community. */
  @ValidateNested({ each: true })
  @Type(() => IncidentView)
  incidents!: IncidentView[];
}
