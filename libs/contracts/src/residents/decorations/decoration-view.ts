import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import { StaffRef } from '../../identity/staff-ref.js';
import { IsInstant, IsLocalDate } from '../../validation/validators.js';
import { DecorationStatus } from '../residents-codes.js';
import {
  ContractorV1,
  DecorationAgreementV1,
  DecorationScheduleV1,
  DocumentRefV1,
} from './decoration-documents.js';
import { PendingRepairView } from './decoration-damage.js';
import { DecorationInspectionV1 } from './record-decoration-inspection.js';
import { PatrolFindingV1 } from './record-patrol-finding.js';

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
