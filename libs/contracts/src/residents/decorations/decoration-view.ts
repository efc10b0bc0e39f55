import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import { StaffRef } from '../../identity/staff-ref.js';
import { IsInstant, IsLocalDate } from '../../validation/validators.js';
import { DecorationStatus, InspectionResult } from '../residents-codes.js';
import {
  ContractorV1,
  DecorationAgreementV1,
  DecorationScheduleV1,
  DocumentRefV1,
} from './decoration-documents.js';
import { DecorationDamageV1, PendingRepairView } from './decoration-damage.js';
import { AcceptanceSignatureV1 } from './record-decoration-inspection.js';

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

/** A damage as shown: what is done about it in Chinese (`charge` when none was given). */
export class DecorationDamageView extends DecorationDamageV1 {
  @IsString()
  remedyLabel!: string;
}

/** A department head's signature as shown: the department in Chinese. */
export class AcceptanceSignatureView extends AcceptanceSignatureV1 {
  @IsString()
  departmentLabel!: string;
}

/** A completion inspection as shown (the fields of `DecorationInspectionV1`, with Chinese labels). */
export class DecorationInspectionView {
  @IsUUID()
  id!: string;

  @IsInstant()
  inspectedAt!: string;

  @IsIn(InspectionResult.codes)
  result!: InspectionResult;

  @IsString()
  resultLabel!: string;

  @IsOptional()
  @IsString({ each: true })
  itemsToFix?: string[];

  @ValidateNested({ each: true })
  @Type(() => DecorationDamageView)
  damages!: DecorationDamageView[];

  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => AcceptanceSignatureView)
  signatures?: AcceptanceSignatureView[];

  @ValidateNested()
  @Type(() => StaffRef)
  inspectedBy!: StaffRef;
}

/** A patrol finding as shown (the fields of `PatrolFindingV1`, the damage with its label). */
export class PatrolFindingView {
  @IsUUID()
  id!: string;

  @IsInstant()
  foundAt!: string;

  @IsString()
  description!: string;

  @IsBoolean()
  violation!: boolean;

  @IsOptional()
  @ValidateNested()
  @Type(() => DecorationDamageView)
  damage?: DecorationDamageView;

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

  /** `3栋1201`, so that a list is read without asking for each unit. */
  @IsString()
  unitLabel!: string;

  @IsUUID()
  applicantPersonId!: string;

  @IsString()
  applicantName!: string;

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

  /** The signed decoration management agreement (装修管理协议), once recorded. */
  @IsOptional()
  @ValidateNested()
  @Type(() => DecorationAgreementV1)
  agreement?: DecorationAgreementV1;

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

  /** Damages the resident is repairing, each waiting for its re-inspection (RES-5). */
  @ValidateNested({ each: true })
  @Type(() => PendingRepairView)
  pendingRepairs!: PendingRepairView[];

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
