import { Type } from 'class-transformer';
import {
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
import { COMMUNITY_ID_PATTERN } from '../common/ids.js';
import { PageQuery } from '../common/pagination.js';
import { ReturnVisitExemption, ReturnVisitMethod, Satisfaction } from '../complaints/complaint-codes.js';
import { StaffRef } from '../identity/staff-ref.js';
import { HasText } from '../validation/text.js';
import { IsInstant, IsLocalDate } from '../validation/validators.js';
import {
  EquipmentReportStatus,
  ProactiveVisitKind,
  ProactiveVisitStatus,
  ProactiveVisitTrigger,
} from './maintenance-codes.js';

const COMMUNITY_MESSAGE = { message: 'communityId must be a community code such as GZ01' };

/**
 * MNT-12: a visit scheduled after a handover or a fit-out. It may be made from `windowStart`; after
 * `dueOn` it is overdue.
 */
export class ProactiveVisitView {
  @IsUUID()
  id!: string;

  @IsString()
  communityId!: string;

  @IsUUID()
  unitId!: string;

  /** e.g. `3-1201`, when maintenance knows the unit. */
  @IsOptional()
  @IsString()
  unitLabel?: string;

  /** The owner (handover) or the applicant (fit-out) to visit. */
  @IsUUID()
  personId!: string;

  @IsIn(ProactiveVisitTrigger.codes)
  trigger!: ProactiveVisitTrigger;

  @IsString()
  triggerLabel!: string;

  /** The handover date, or the day the fit-out passed its acceptance. */
  @IsLocalDate()
  startedOn!: string;

  @IsIn(ProactiveVisitKind.codes)
  kind!: ProactiveVisitKind;

  @IsString()
  kindLabel!: string;

  @IsLocalDate()
  windowStart!: string;

  @IsLocalDate()
  dueOn!: string;

  @IsIn(ProactiveVisitStatus.codes)
  status!: ProactiveVisitStatus;

  @IsString()
  statusLabel!: string;

  /** Scheduled and past `dueOn` in the community's calendar. */
  @IsBoolean()
  overdue!: boolean;

  /** Why no visit is made (RES-7), when exempt. */
  @IsOptional()
  @IsIn(ReturnVisitExemption.codes)
  exemption?: ReturnVisitExemption;

  @IsOptional()
  @IsString()
  exemptionLabel?: string;

  @IsOptional()
  @IsIn(ReturnVisitMethod.codes)
  method?: ReturnVisitMethod;

  @IsOptional()
  @IsString()
  methodLabel?: string;

  @IsOptional()
  @IsIn(Satisfaction.codes)
  satisfaction?: Satisfaction;

  @IsOptional()
  @IsString()
  satisfactionLabel?: string;

  @IsOptional()
  @IsString()
  findings?: string;

  @IsOptional()
  @IsInstant()
  visitedAt?: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => StaffRef)
  visitedBy?: StaffRef;
}

export class ListProactiveVisitsV1 extends PageQuery {
  @IsOptional()
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN, COMMUNITY_MESSAGE)
  communityId?: string;

  @IsOptional()
  @IsUUID()
  unitId?: string;

  @IsOptional()
  @IsIn(ProactiveVisitStatus.codes)
  status?: ProactiveVisitStatus;

  @IsOptional()
  @IsIn(ProactiveVisitKind.codes)
  kind?: ProactiveVisitKind;

  @IsOptional()
  @IsIn(ProactiveVisitTrigger.codes)
  trigger?: ProactiveVisitTrigger;

  /** Visits due on or before this date: the week's work list. */
  @IsOptional()
  @IsLocalDate()
  dueBy?: string;

  /** Only scheduled visits past their due date (`true`), or only those not (`false`). */
  @IsOptional()
  @IsIn(['true', 'false'])
  overdue?: 'true' | 'false';
}

export class GetProactiveVisitV1 {
  @IsUUID()
  id!: string;
}

/** What the visit found; `findings` are what the resident raised, in their words. */
export class ProactiveVisitRecordV1 {
  @IsIn(ReturnVisitMethod.codes)
  method!: ReturnVisitMethod;

  @IsIn(Satisfaction.codes)
  satisfaction!: Satisfaction;

  @IsOptional()
  @HasText(1, 1000)
  findings?: string;

  /** When the visit was made; now when absent. Never in the future nor before the visits started. */
  @IsOptional()
  @IsInstant()
  visitedAt?: string;
}

export class RecordProactiveVisitV1 extends ProactiveVisitRecordV1 {
  @IsUUID()
  visitId!: string;
}

/** MNT-12: a community's first-year equipment usage report, due 12 months after its first handover. */
export class EquipmentReportView {
  @IsUUID()
  id!: string;

  @IsString()
  communityId!: string;

  /** The earliest handover date maintenance has seen in the community. */
  @IsLocalDate()
  firstHandoverOn!: string;

  @IsLocalDate()
  dueOn!: string;

  @IsIn(EquipmentReportStatus.codes)
  status!: EquipmentReportStatus;

  @IsString()
  statusLabel!: string;

  @IsBoolean()
  overdue!: boolean;

  @IsOptional()
  @IsString()
  summary?: string;

  @IsOptional()
  @IsInt()
  faultCount?: number;

  @IsOptional()
  @IsInstant()
  submittedAt?: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => StaffRef)
  submittedBy?: StaffRef;
}

export class ListEquipmentReportsV1 extends PageQuery {
  @IsOptional()
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN, COMMUNITY_MESSAGE)
  communityId?: string;

  @IsOptional()
  @IsIn(EquipmentReportStatus.codes)
  status?: EquipmentReportStatus;

  @IsOptional()
  @IsIn(['true', 'false'])
  overdue?: 'true' | 'false';
}

/** The report's content: how the equipment was used in the first year and the faults found. */
export class EquipmentReportSubmissionV1 {
  @HasText(1, 5000)
  summary!: string;

  @IsInt()
  @Min(0)
  @Max(100000)
  faultCount!: number;
}

export class SubmitEquipmentReportV1 extends EquipmentReportSubmissionV1 {
  @IsUUID()
  reportId!: string;
}
