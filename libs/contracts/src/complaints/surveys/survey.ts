import { HasText } from '../../validation/text.js';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
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
import { IsInstant, IsPhoneNumber } from '../../validation/validators.js';
import { ComplaintCategory, Satisfaction } from '../complaint-codes.js';
import {
  SURVEY_POLICY,
  SurveyCategory,
  SurveyItemKind,
  SurveyKind,
  SurveyRevisitStatus,
} from './survey-codes.js';

/** A query string carries numbers as text: digits alone become a number, anything else fails. */
const digits = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d{1,4}$/.test(value) ? Number(value) : value;

/** A seed anyone can type back to draw the same sample again. */
export const SURVEY_SEED_PATTERN = /^[A-Za-z0-9-]{1,64}$/;

/**
 * SAT-2: a community's yearly survey. The sample of occupied households is drawn at random from
 * `seed` (generated when not given, and recorded): the same seed and households give the same sample.
 */
export class CreateSurveyV1 {
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN, { message: 'communityId must be a community code such as GZ01' })
  communityId!: string;

  /** A JSON number: a body's string is refused like any other mistyped integer (decision 0300). */
  @IsInt()
  @Min(2000)
  @Max(2999)
  year!: number;

  /** Percentage of occupied households sampled, 10–25 (default 10); the count is rounded up. */
  @IsOptional()
  @IsInt()
  @Min(SURVEY_POLICY.minSamplePercent)
  @Max(SURVEY_POLICY.maxSamplePercent)
  samplePercent?: number;

  @IsOptional()
  @IsString()
  @Matches(SURVEY_SEED_PATTERN, { message: 'seed must be 1 to 64 letters, digits or hyphens' })
  seed?: string;
}

export class GetSurveyV1 {
  @IsUUID()
  id!: string;
}

export class ListSurveysV1 extends PageQuery {
  @IsOptional()
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN, { message: 'communityId must be a community code such as GZ01' })
  communityId?: string;

  @IsOptional()
  @Transform(digits)
  @IsInt()
  @Min(2000)
  @Max(2999)
  year?: number;

  @IsOptional()
  @IsIn(SurveyKind.codes)
  kind?: SurveyKind;
}

export class SurveyHouseholdView {
  @IsUUID()
  unitId!: string;

  /** e.g. `3-1201`. */
  @IsString()
  label!: string;
}

export class SatisfactionSurveyView {
  @IsUUID()
  id!: string;

  @IsString()
  communityId!: string;

  @IsIn(SurveyKind.codes)
  kind!: SurveyKind;

  @IsString()
  kindLabel!: string;

  @IsInt()
  year!: number;

  /** Draws the same sample again from the same households. */
  @IsString()
  seed!: string;

  /** SAT-2: the yearly rate; SAT-1: 100, every occupied household is visited. */
  @IsInt()
  samplePercent!: number;

  /** Occupied households when the sample was drawn. */
  @IsInt()
  occupiedHouseholds!: number;

  @IsInt()
  sampleSize!: number;

  /** Answers the survey must get: the sample, or 90 % of the occupied households for SAT-1. */
  @IsInt()
  targetResponses!: number;

  @IsInt()
  responseCount!: number;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => SurveyHouseholdView)
  households!: SurveyHouseholdView[];

  @IsInstant()
  plannedAt!: string;

  /** Absent for a survey the system planned itself (SAT-1). */
  @IsOptional()
  @ValidateNested()
  @Type(() => StaffRef)
  plannedBy?: StaffRef;
}

/** One category's answer. */
export class SurveyScoreV1 {
  @IsIn(SurveyCategory.codes)
  category!: SurveyCategory;

  @IsIn(Satisfaction.codes)
  satisfaction!: Satisfaction;
}

/** SAT-3: an opinion, request or complaint the household raised; it becomes a register entry. */
export class SurveyItemV1 {
  @IsIn(SurveyItemKind.codes)
  kind!: SurveyItemKind;

  @IsReason(1, 2000)
  text!: string;

  /** Routes the register entry (CMP-2) when known. */
  @IsOptional()
  @IsIn(ComplaintCategory.codes)
  category?: ComplaintCategory;
}

/** Who answered, to be called back about what they raised; absent when they would not say. */
export class SurveyRespondentV1 {
  @IsString()
  @HasText(1, 20)
  surname!: string;

  @IsString()
  @IsPhoneNumber()
  phone!: string;

  /**
   * RES-7: the resident on file who answered, when the desk knows them; the entries their items
   * raise are linked to them, so their return-visit preferences apply (decision 0335).
   */
  @IsOptional()
  @IsUUID()
  personId?: string;
}

/** SAT-3, SAT-4: one household's answers. */
export class SurveyResponseV1 {
  @IsUUID()
  unitId!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(SurveyCategory.codes.length)
  @ValidateNested({ each: true })
  @Type(() => SurveyScoreV1)
  scores!: SurveyScoreV1[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SurveyItemV1)
  items?: SurveyItemV1[];

  @IsOptional()
  @ValidateNested()
  @Type(() => SurveyRespondentV1)
  respondent?: SurveyRespondentV1;

  @IsOptional()
  @IsReason(1, 2000)
  comment?: string;
}

export class RecordSurveyResponseV1 extends SurveyResponseV1 {
  @IsUUID()
  surveyId!: string;
}

export class SurveyScoreView {
  @IsIn(SurveyCategory.codes)
  category!: SurveyCategory;

  @IsString()
  categoryLabel!: string;

  @IsIn(Satisfaction.codes)
  satisfaction!: Satisfaction;

  @IsString()
  satisfactionLabel!: string;
}

export class SurveyItemView {
  @IsIn(SurveyItemKind.codes)
  kind!: SurveyItemKind;

  @IsString()
  kindLabel!: string;

  @IsString()
  text!: string;

  @IsOptional()
  @IsIn(ComplaintCategory.codes)
  category?: ComplaintCategory;

  @IsOptional()
  @IsString()
  categoryLabel?: string;

  /** The register entry that follows it up (SAT-3). */
  @IsUUID()
  complaintId!: string;

  @IsString()
  complaintNumber!: string;
}

export class SurveyRevisitView {
  @IsIn(SurveyRevisitStatus.codes)
  status!: SurveyRevisitStatus;

  @IsString()
  statusLabel!: string;

  @IsOptional()
  @IsString()
  note?: string;

  @IsOptional()
  @IsInstant()
  closedAt?: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => StaffRef)
  closedBy?: StaffRef;
}

export class SurveyResponseView {
  @IsUUID()
  id!: string;

  @IsUUID()
  surveyId!: string;

  @IsString()
  communityId!: string;

  @IsInt()
  year!: number;

  @IsUUID()
  unitId!: string;

  @IsString()
  unitLabel!: string;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => SurveyScoreView)
  scores!: SurveyScoreView[];

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => SurveyItemView)
  items!: SurveyItemView[];

  @IsOptional()
  @IsString()
  comment?: string;

  /** SAT-3: present when the household was very dissatisfied with something. */
  @IsOptional()
  @ValidateNested()
  @Type(() => SurveyRevisitView)
  revisit?: SurveyRevisitView;

  @IsInstant()
  recordedAt!: string;

  @ValidateNested()
  @Type(() => StaffRef)
  recordedBy!: StaffRef;
}

export class ListSurveyResponsesV1 extends PageQuery {
  @IsUUID()
  surveyId!: string;
}

/** SAT-3: the manager's re-visits, open ones first to do. */
export class ListSurveyRevisitsV1 extends PageQuery {
  @IsOptional()
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN, { message: 'communityId must be a community code such as GZ01' })
  communityId?: string;

  @IsOptional()
  @IsIn(SurveyRevisitStatus.codes)
  status?: SurveyRevisitStatus;
}

export class SurveyRevisitClosureV1 {
  /** What the manager found and did. */
  @IsReason(1, 2000)
  note!: string;
}

export class CloseSurveyRevisitV1 extends SurveyRevisitClosureV1 {
  @IsUUID()
  responseId!: string;
}

/** SAT-4: scores per community, category and period (the survey year). */
export class GetSurveyScoresV1 {
  @IsOptional()
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN, { message: 'communityId must be a community code such as GZ01' })
  communityId?: string;

  @IsOptional()
  @Transform(digits)
  @IsInt()
  @Min(2000)
  @Max(2999)
  year?: number;

  @IsOptional()
  @IsIn(SurveyCategory.codes)
  category?: SurveyCategory;
}

export class SatisfactionCountView {
  @IsIn(Satisfaction.codes)
  satisfaction!: Satisfaction;

  @IsString()
  label!: string;

  @IsInt()
  count!: number;
}

export class SurveyScoreRowView {
  @IsString()
  communityId!: string;

  /** The period: the surveys' year. */
  @IsInt()
  year!: number;

  @IsIn(SurveyCategory.codes)
  category!: SurveyCategory;

  @IsString()
  categoryLabel!: string;

  /** Households that answered this category. */
  @IsInt()
  answers!: number;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => SatisfactionCountView)
  counts!: SatisfactionCountView[];

  /** Very satisfied or satisfied. */
  @IsInt()
  satisfied!: number;

  /** `satisfied / answers`, 0–1, four decimals. */
  @IsNumber()
  satisfiedShare!: number;

  /** Present when the answers are too few to read much into, e.g. 样本量较小（12 户），仅供参考. */
  @IsOptional()
  @IsString()
  sampleNote?: string;
}

export class SurveyScoresView {
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => SurveyScoreRowView)
  rows!: SurveyScoreRowView[];
}

/**
 * `survey.planned.v1`: a survey was planned, by staff (SAT-2) or by the system at half occupancy
 * (SAT-1), so that whoever organises the visits learns of it. Households are not listed: the survey
 * is asked for them.
 */
export class SurveyPlannedV1 {
  @IsUUID()
  surveyId!: string;

  @IsString()
  communityId!: string;

  @IsIn(SurveyKind.codes)
  kind!: SurveyKind;

  @IsInt()
  year!: number;

  @IsString()
  seed!: string;

  @IsInt()
  samplePercent!: number;

  @IsInt()
  occupiedHouseholds!: number;

  @IsInt()
  sampleSize!: number;

  @IsInt()
  targetResponses!: number;

  @IsInstant()
  plannedAt!: string;
}
