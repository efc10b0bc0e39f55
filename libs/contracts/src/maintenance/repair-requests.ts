import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
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
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { COMMUNITY_ID_PATTERN } from '../common/ids.js';
import { PageQuery } from '../common/pagination.js';
import { RepairTrade } from '../residents/residents-codes.js';
import { IsReason } from '../validation/reason.js';
import { HasText } from '../validation/text.js';
import { IsFen, IsInstant, IsLocalDate, IsPhoneNumber } from '../validation/validators.js';
import {
  EmergencyKind,
  RepairProgress,
  RepairSource,
  RepairUrgency,
  ResponsibleParty,
  SurveyRole,
  WarrantyComponent,
  WorkOrderType,
} from './maintenance-codes.js';

/** MNT-1: a repair request taken at the desk (from a resident) or found on a patrol. */
export class RegisterRepairRequestV1 {
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN, { message: 'communityId must be a community code such as GZ01' })
  communityId!: string;

  /** `desk` (a resident called or came in) or `patrol` (staff found it). */
  @IsIn(['desk', 'patrol'])
  source!: 'desk' | 'patrol';

  /** The unit, or absent for a common area (then `location` says where). */
  @IsOptional()
  @IsUUID()
  unitId?: string;

  /** Where, e.g. `3栋地下车库B区`; required without a unit. */
  @ValidateIf((c: RegisterRepairRequestV1) => c.unitId === undefined || c.location !== undefined)
  @HasText(1, 200)
  location?: string;

  /** Each trade once: two distinct trades make multi-trade work (MNT-5). */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(8)
  @ArrayUnique({ message: 'trades must name each trade once' })
  @IsIn(RepairTrade.codes, { each: true })
  trades!: RepairTrade[];

  @IsIn(RepairUrgency.codes)
  urgency!: RepairUrgency;

  /**
   * Required for an emergency, and only for one: water, power, gas or lift entrapment (MNT-1). A kind
   * on another urgency would read as an emergency that runs no emergency clocks: 400 naming it
   * (decision 0265, checked by the service).
   */
  @ValidateIf((c: RegisterRepairRequestV1) => c.urgency === 'emergency' || c.emergencyKind !== undefined)
  @IsIn(EmergencyKind.codes)
  emergencyKind?: EmergencyKind;

  @HasText(1, 2000)
  description!: string;

  /** The resident on file who asked, when known: their contact preferences apply (RES-7, MNT-10). */
  @IsOptional()
  @IsUUID()
  personId?: string;

  /** Who to call back, e.g. `王`. */
  @IsOptional()
  @HasText(1, 20)
  contactSurname?: string;

  /** Any common format (`+86 138-1234-5678`, `020-88881234 转 601`); kept as `formatPhone` writes it (0110). */
  @IsOptional()
  @IsString()
  @IsPhoneNumber()
  contactPhone?: string;
}

/** Who signed the survey record. */
export class SurveyParticipantV1 {
  @IsIn(SurveyRole.codes)
  role!: SurveyRole;

  @HasText(1, 50)
  name!: string;
}

/** A signatory as staff see it, the role with its Chinese label. */
export class SurveyParticipantView extends SurveyParticipantV1 {
  @IsString()
  roleLabel!: string;
}

/** MNT-3 at the survey: a decision recorded by hand when the unit's handover date is unknown. */
export class WarrantyDecisionV1 {
  @IsBoolean()
  underWarranty!: boolean;

  @IsReason(1, 500)
  reason!: string;
}

/** MNT-2: the site survey record (现场勘察会签表). */
export class SurveyDetailsV1 {
  @IsInstant()
  surveyedAt!: string;

  /**
   * The trades the work needs, as found on site: they replace the request's (a complaint's request
   * starts with `other`, decision 0092) and decide the completion deadline (MNT-5, decision 0326).
   * Absent: the request's trades stand.
   */
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(8)
  @ArrayUnique({ message: 'trades must name each trade once' })
  @IsIn(RepairTrade.codes, { each: true })
  trades?: RepairTrade[];

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => SurveyParticipantV1)
  participants!: SurveyParticipantV1[];

  @HasText(1, 2000)
  findings!: string;

  /** The estimated cost in fen, never negative; from 50000 (500 yuan) the contractor must sign too. */
  @IsFen()
  @Min(0)
  estimateFen!: number;

  @IsIn(WarrantyComponent.codes)
  component!: WarrantyComponent;

  @IsIn(ResponsibleParty.codes)
  responsibleParty!: ResponsibleParty;

  /** Required when the unit has no handover date on file (or the request is for a common area). */
  @IsOptional()
  @ValidateNested()
  @Type(() => WarrantyDecisionV1)
  warrantyDecision?: WarrantyDecisionV1;

  /** The contractor liable under warranty, when the responsible party is the contractor. */
  @ValidateIf((c: SurveyDetailsV1) => c.responsibleParty === 'contractor' || c.contractorId !== undefined)
  @IsUUID()
  contractorId?: string;

  @ValidateIf((c: SurveyDetailsV1) => c.responsibleParty === 'contractor' || c.contractorName !== undefined)
  @HasText(1, 100)
  contractorName?: string;
}

export class RecordSurveyV1 extends SurveyDetailsV1 {
  @IsUUID()
  repairRequestId!: string;
}

/** MNT-1: an emergency's first two clocks: when someone was on site, when it was made safe. */
export class RepairStepDetailsV1 {
  @IsInstant()
  at!: string;

  @IsOptional()
  @HasText(1, 500)
  note?: string;
}

export class RecordRepairStepV1 extends RepairStepDetailsV1 {
  @IsUUID()
  repairRequestId!: string;
}

export class RepairCancellationV1 {
  @IsReason(1, 500)
  reason!: string;
}

export class CancelRepairRequestV1 extends RepairCancellationV1 {
  @IsUUID()
  repairRequestId!: string;
}

export class GetRepairRequestV1 {
  @IsUUID()
  id!: string;
}

export class ListRepairRequestsV1 extends PageQuery {
  @IsOptional()
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN, { message: 'communityId must be a community code such as GZ01' })
  communityId?: string;

  @IsOptional()
  @IsIn(RepairProgress.codes)
  progress?: RepairProgress;

  /**
   * Only requests with a deadline passed and still unmet (`true`), or none (`false`), now (MNT-1, MNT-2,
   * decision 0350); a deadline met late no longer counts, the history keeps that it was late.
   */
  @IsOptional()
  @IsIn(['true', 'false'])
  overdue?: 'true' | 'false';

  /** A unit's requests (the caller card, DESK-3). */
  @IsOptional()
  @IsUUID()
  unitId?: string;

  /** Only requests not yet completed, settled or cancelled (`true`), or only those (`false`). */
  @IsOptional()
  @IsIn(['true', 'false'])
  open?: 'true' | 'false';
}

export class SurveyView {
  @IsInstant()
  surveyedAt!: string;

  @ValidateNested({ each: true })
  @Type(() => SurveyParticipantView)
  participants!: SurveyParticipantView[];

  @IsString()
  findings!: string;

  @IsFen()
  estimateFen!: number;

  @IsIn(WarrantyComponent.codes)
  component!: WarrantyComponent;

  @IsString()
  componentLabel!: string;

  @IsIn(ResponsibleParty.codes)
  responsibleParty!: ResponsibleParty;

  @IsString()
  responsiblePartyLabel!: string;

  @IsBoolean()
  underWarranty!: boolean;

  /** Why: computed from the handover date and the component's period, or the recorded decision. */
  @IsString()
  warrantyReason!: string;

  /** The last day of the warranty, when computed. */
  @IsOptional()
  @IsLocalDate()
  warrantyLastDay?: string;

  @IsOptional()
  @IsIn(WorkOrderType.codes)
  workOrderType?: WorkOrderType;

  @IsOptional()
  @IsString()
  workOrderTypeLabel?: string;

  @IsOptional()
  @IsUUID()
  contractorId?: string;

  @IsOptional()
  @IsString()
  contractorName?: string;
}

export class RepairRequestView {
  @IsUUID()
  id!: string;

  /** GEN-2, e.g. `BX-GZ01-2026-000012`. */
  @IsString()
  number!: string;

  @IsString()
  communityId!: string;

  @IsIn(RepairSource.codes)
  source!: RepairSource;

  @IsString()
  sourceLabel!: string;

  /** The register entry that asked for it (CMP-2). */
  @IsOptional()
  @IsUUID()
  complaintId?: string;

  @IsOptional()
  @IsUUID()
  unitId?: string;

  @IsOptional()
  @IsString()
  location?: string;

  @IsArray()
  @IsIn(RepairTrade.codes, { each: true })
  trades!: RepairTrade[];

  /** The trades' labels, in the same order. */
  @IsArray()
  @IsString({ each: true })
  tradeLabels!: string[];

  @IsIn(RepairUrgency.codes)
  urgency!: RepairUrgency;

  @IsString()
  urgencyLabel!: string;

  @IsOptional()
  @IsIn(EmergencyKind.codes)
  emergencyKind?: EmergencyKind;

  @IsOptional()
  @IsString()
  emergencyKindLabel?: string;

  @IsString()
  description!: string;

  @IsOptional()
  @IsUUID()
  personId?: string;

  @IsOptional()
  @IsString()
  contactSurname?: string;

  /** GEN-4: masked. */
  @IsOptional()
  @IsString()
  contactPhone?: string;

  @IsIn(RepairProgress.codes)
  progress!: RepairProgress;

  @IsString()
  progressLabel!: string;

  @IsInstant()
  receivedAt!: string;

  /** MNT-1: an emergency is due on site 30 minutes after it was received. */
  @IsOptional()
  @IsInstant()
  onSiteDueAt?: string;

  @IsOptional()
  @IsInstant()
  arrivedAt?: string;

  /** MNT-1: an emergency is made safe within 12 hours. */
  @IsOptional()
  @IsInstant()
  madeSafeDueAt?: string;

  @IsOptional()
  @IsInstant()
  madeSafeAt?: string;

  /** MNT-2: the survey is due 1 working day after the request. */
  @IsInstant()
  surveyDueAt!: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => SurveyView)
  survey?: SurveyView;

  /**
   * MNT-4: the type of work this is: `a` from the start for a handover defect (RES-3: warranty work, the
   * contractor's liability), otherwise set by the survey's responsible party.
   */
  @IsOptional()
  @IsIn(WorkOrderType.codes)
  workOrderType?: WorkOrderType;

  @IsOptional()
  @IsString()
  workOrderTypeLabel?: string;

  /** The work order the survey led to. */
  @IsOptional()
  @IsUUID()
  workOrderId?: string;

  /** Since when one of its deadlines has been passed and is still unmet (decision 0350); absent when none is. */
  @IsOptional()
  @IsInstant()
  overdueSince?: string;

  @IsInstant()
  createdAt!: string;
}

/** MNT-3: override a component's warranty period for the company or one community. */
export class SetWarrantyPeriodV1 {
  /** A community code, or absent for the whole company. */
  @IsOptional()
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN, { message: 'communityId must be a community code such as GZ01' })
  communityId?: string;

  @IsIn(WarrantyComponent.codes)
  component!: WarrantyComponent;

  /** 1 … 1200 months. */
  @IsInt()
  @Min(1)
  @Max(1200)
  months!: number;
}

export class WarrantyPeriodView extends SetWarrantyPeriodV1 {
  @IsString()
  componentLabel!: string;
}
