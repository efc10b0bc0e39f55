import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { COMMUNITY_ID_PATTERN } from '../common/ids.js';
import { StaffRef } from '../identity/staff-ref.js';
import { MAX_FEN } from '../common/money.js';
import { PageQuery } from '../common/pagination.js';
import { ID_NUMBER_PATTERN, IsFen, IsInstant, IsLocalDate, PHONE_PATTERN } from '../validation/validators.js';
import { DecorationStatus, InspectionResult } from './residents-codes.js';

export class ContractorV1 {
  /** 广州美家装饰工程有限公司 */
  @IsString()
  @Length(1, 100)
  name!: string;

  /** 统一社会信用代码 or licence number. */
  @IsOptional()
  @IsString()
  @Length(4, 30)
  licenseNumber?: string;

  @IsString()
  @Length(1, 50)
  managerName!: string;

  @IsString()
  @Matches(PHONE_PATTERN, { message: 'managerPhone must be a mainland mobile or landline number' })
  managerPhone!: string;
}

export class DecorationScheduleV1 {
  @IsLocalDate()
  startDate!: string;

  /** On or after the start. */
  @IsLocalDate()
  endDate!: string;
}

export class WorkerV1 {
  @IsString()
  @Length(1, 50)
  name!: string;

  @IsString()
  @Matches(PHONE_PATTERN, { message: 'phone must be a mainland mobile or landline number' })
  phone!: string;

  @IsString()
  @Matches(ID_NUMBER_PATTERN, { message: 'idNumber must be a valid document number' })
  idNumber!: string;
}

/** A document stored elsewhere (drawings, licences): referenced, never embedded. */
export class DocumentRefV1 {
  @IsString()
  @Length(1, 200)
  fileId!: string;

  @IsString()
  @Length(1, 100)
  title!: string;
}

/** The application's documents (RES-5): what is done, by whom, when, with which drawings. */
export class DecorationDocumentsV1 {
  /** 厨卫改造、客厅吊顶 */
  @IsString()
  @Length(1, 1000)
  scope!: string;

  @ValidateNested()
  @Type(() => ContractorV1)
  contractor!: ContractorV1;

  @ValidateNested()
  @Type(() => DecorationScheduleV1)
  schedule!: DecorationScheduleV1;

  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => WorkerV1)
  workers!: WorkerV1[];

  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => DocumentRefV1)
  drawings!: DocumentRefV1[];
}

/** RES-5: apply for a secondary decoration (二次装修) of a unit; starts as a draft. */
export class ApplyForDecorationV1 extends DecorationDocumentsV1 {
  @IsUUID()
  unitId!: string;

  /** The owner (or tenant with the owner's consent) applying. */
  @IsUUID()
  applicantPersonId!: string;
}

export class DecorationRefV1 {
  @IsUUID()
  decorationId!: string;
}

/** Replace the documents of a draft or returned application. */
export class UpdateDecorationDocumentsV1 extends DecorationDocumentsV1 {
  @IsUUID()
  decorationId!: string;
}

export class ReviewDecisionV1 {
  @IsIn(['approve', 'reject'])
  decision!: 'approve' | 'reject';

  /** Why the drawings are rejected (required to reject): the application returns for changes. */
  @ValidateIf((r: ReviewDecisionV1) => r.decision === 'reject' || r.reasons !== undefined)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  reasons?: string[];
}

/** RES-5: engineering reviews the drawings. */
export class ReviewDecorationV1 extends ReviewDecisionV1 {
  @IsUUID()
  decorationId!: string;
}

export class WorkerPassesV1 {
  /** The passes are valid until this day (at most the schedule's end). */
  @IsLocalDate()
  validUntil!: string;
}

/** RES-5: issue worker passes (施工人员出入证); the works start and the unit is `decorating`. */
export class IssueWorkerPassesV1 extends WorkerPassesV1 {
  @IsUUID()
  decorationId!: string;
}

export class DecorationDamageV1 {
  @IsString()
  @Length(1, 200)
  description!: string;

  @IsFen()
  @Min(1)
  @Max(MAX_FEN)
  amountFen!: number;
}

export class PatrolFindingV1 {
  @IsInstant()
  foundAt!: string;

  @IsString()
  @Length(1, 500)
  description!: string;

  /** Against the decoration rules (违规施工). */
  @IsBoolean()
  violation!: boolean;

  /** Damage to common areas, charged against the deposit. */
  @IsOptional()
  @ValidateNested()
  @Type(() => DecorationDamageV1)
  damage?: DecorationDamageV1;
}

/** RES-5: a patrol during the works records what it found. */
export class RecordPatrolFindingV1 extends PatrolFindingV1 {
  @IsUUID()
  decorationId!: string;
}

export class DecorationInspectionV1 {
  @IsInstant()
  inspectedAt!: string;

  @IsIn(InspectionResult.codes)
  result!: InspectionResult;

  /** What must be fixed (required when failed); the fixes are re-inspected. */
  @ValidateIf((i: DecorationInspectionV1) => i.result === 'failed' || i.itemsToFix !== undefined)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  itemsToFix?: string[];

  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => DecorationDamageV1)
  damages!: DecorationDamageV1[];
}

/** RES-5: the completion inspection; passing starts the 90-day deposit refund clock (BIL-9). */
export class RecordDecorationInspectionV1 extends DecorationInspectionV1 {
  @IsUUID()
  decorationId!: string;
}

export class CancellationV1 {
  @IsString()
  @Length(1, 200)
  reason!: string;
}

/** Withdraw an application that has not started works. */
export class CancelDecorationV1 extends CancellationV1 {
  @IsUUID()
  decorationId!: string;
}

export class GetDecorationV1 {
  @IsUUID()
  id!: string;
}

export class ListDecorationsV1 extends PageQuery {
  @IsOptional()
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN)
  communityId?: string;

  @IsOptional()
  @IsUUID()
  unitId?: string;

  @IsOptional()
  @IsIn(DecorationStatus.codes)
  status?: DecorationStatus;
}

export class WorkerView {
  @IsString()
  name!: string;

  /** Masked (GEN-4). */
  @IsString()
  phone!: string;

  /** Masked (GEN-4). */
  @IsString()
  idNumber!: string;

  @IsOptional()
  @IsString()
  passNumber?: string;

  @IsOptional()
  @IsLocalDate()
  passValidUntil?: string;
}

export class DecorationEventView {
  @IsString()
  action!: string;

  @IsString()
  actorName!: string;

  @IsInstant()
  at!: string;

  @IsOptional()
  @IsString()
  note?: string;
}

export class DecorationInspectionView extends DecorationInspectionV1 {
  @IsUUID()
  id!: string;

  @ValidateNested()
  @Type(() => StaffRef)
  inspectedBy!: StaffRef;
}

export class PatrolFindingView extends PatrolFindingV1 {
  @IsUUID()
  id!: string;

  @ValidateNested()
  @Type(() => StaffRef)
  recordedBy!: StaffRef;
}

export class DecorationView {
  @IsUUID()
  id!: string;

  /** GEN-2, e.g. `ZX-GZ01-2026-000012`. */
  @IsString()
  number!: string;

  @IsString()
  communityId!: string;

  @IsUUID()
  unitId!: string;

  @IsUUID()
  applicantPersonId!: string;

  @IsIn(DecorationStatus.codes)
  status!: DecorationStatus;

  @IsString()
  statusLabel!: string;

  @IsString()
  scope!: string;

  @ValidateNested()
  @Type(() => ContractorV1)
  contractor!: ContractorV1;

  @ValidateNested()
  @Type(() => DecorationScheduleV1)
  schedule!: DecorationScheduleV1;

  @ValidateNested({ each: true })
  @Type(() => WorkerView)
  workers!: WorkerView[];

  @ValidateNested({ each: true })
  @Type(() => DocumentRefV1)
  drawings!: DocumentRefV1[];

  /** The billing request for the deposit and the waste-removal fee, once submitted. */
  @IsOptional()
  @IsUUID()
  chargeRequestId?: string;

  @IsBoolean()
  feesPaid!: boolean;

  @IsOptional()
  @IsString({ each: true })
  rejectionReasons?: string[];

  @ValidateNested({ each: true })
  @Type(() => PatrolFindingView)
  patrolFindings!: PatrolFindingView[];

  @ValidateNested({ each: true })
  @Type(() => DecorationInspectionView)
  inspections!: DecorationInspectionView[];

  /** The inspection that passed (BIL-9 counts 90 days from it). */
  @IsOptional()
  @IsInstant()
  inspectionPassedAt?: string;

  @IsOptional()
  @IsLocalDate()
  depositRefundableFrom?: string;

  @ValidateNested({ each: true })
  @Type(() => DecorationEventView)
  history!: DecorationEventView[];

  @IsInt()
  version!: number;
}

/** `decoration.approved.v1` */
export class DecorationApprovedV1 {
  @IsUUID()
  decorationId!: string;

  @IsString()
  number!: string;

  @IsUUID()
  unitId!: string;

  @ValidateNested()
  @Type(() => DecorationScheduleV1)
  schedule!: DecorationScheduleV1;

  @IsInstant()
  approvedAt!: string;
}

/** `decoration.returned.v1`: the drawings were rejected; the application returns for changes. */
export class DecorationReturnedV1 {
  @IsUUID()
  decorationId!: string;

  @IsUUID()
  unitId!: string;

  @IsString({ each: true })
  reasons!: string[];
}

/** `decoration.works-started.v1`: passes issued, the unit is decorating. */
export class DecorationWorksStartedV1 {
  @IsUUID()
  decorationId!: string;

  @IsUUID()
  unitId!: string;

  @IsInt()
  workerCount!: number;

  @IsLocalDate()
  passesValidUntil!: string;
}

/**
 * `decoration.inspection-passed.v1`: billing makes the decoration deposit refundable 90 days after
 * `passedAt` (BIL-9), if no deduction is pending.
 */
export class DecorationInspectionPassedV1 {
  @IsUUID()
  decorationId!: string;

  @IsString()
  number!: string;

  @IsUUID()
  unitId!: string;

  @IsUUID()
  applicantPersonId!: string;

  @IsInstant()
  passedAt!: string;

  @IsLocalDate()
  depositRefundableFrom!: string;
}

/** `decoration.inspection-failed.v1` */
export class DecorationInspectionFailedV1 {
  @IsUUID()
  decorationId!: string;

  @IsUUID()
  unitId!: string;

  @IsString({ each: true })
  itemsToFix!: string[];
}

/** `decoration.damage-found.v1`: billing deducts it from the decoration deposit (BIL-8). */
export class DecorationDamageFoundV1 {
  @IsUUID()
  decorationId!: string;

  @IsUUID()
  unitId!: string;

  @IsUUID()
  applicantPersonId!: string;

  /** The patrol finding or inspection that found it. */
  @IsUUID()
  foundBy!: string;

  @IsString()
  description!: string;

  @IsFen()
  amountFen!: number;
}
