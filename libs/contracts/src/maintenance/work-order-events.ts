import { IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { COMMUNITY_ID_PATTERN } from '../common/ids.js';
import { IsFen, IsInstant } from '../validation/validators.js';
import { WorkOrderType } from './maintenance-codes.js';

/**
 * `work-order.completed.v1`: a work order passed its completion check and the customer signed it off
 * (MNT-8). For type C (paid service) `chargeableFen` is what the resident owes from the company's
 * paid-service price list; billing turns it into one charge on the unit's account, keyed by
 * `workOrderId`, however often the event is delivered (BIL-7). For types A and B it is 0.
 */
export class WorkOrderCompletedV1 {
  @IsUUID()
  workOrderId!: string;

  @IsString()
  @Length(1, 40)
  number!: string;

  @IsUUID()
  repairRequestId!: string;

  /** A community code such as `GZ01` (communities have codes, not UUIDs). */
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN)
  communityId!: string;

  /** Absent for common areas. */
  @IsOptional()
  @IsUUID()
  unitId?: string;

  /** The resident who asked for the paid service; billing charges the unit's payer when absent. */
  @IsOptional()
  @IsUUID()
  payerPersonId?: string;

  @IsIn(WorkOrderType.codes)
  type!: WorkOrderType;

  @IsFen()
  chargeableFen!: number;

  @IsString()
  @Length(1, 200)
  description!: string;

  @IsInstant()
  completedAt!: string;
}

/**
 * `settlement.certified.v1`: a work order's settlement (维修工程结算书) is final (MNT-9). For type A the
 * contractor confirmed it and the deputy chief engineer certified it; `deductionFen` is then deducted
 * from the contractor's quality guarantee deposit in billing, once per `settlementId` (BIL-10).
 */
export class SettlementCertifiedV1 {
  @IsUUID()
  settlementId!: string;

  @IsUUID()
  workOrderId!: string;

  @IsString()
  @Length(1, 40)
  workOrderNumber!: string;

  @IsIn(WorkOrderType.codes)
  type!: WorkOrderType;

  /** A community code such as `GZ01` (communities have codes, not UUIDs). */
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN)
  communityId!: string;

  @IsFen()
  settledFen!: number;

  /** The contractor liable under warranty (type A). */
  @IsOptional()
  @IsUUID()
  contractorId?: string;

  @IsOptional()
  @IsString()
  @Length(1, 100)
  contractorName?: string;

  /** What billing deducts from the contractor's quality guarantee deposit: the type-A cost, else 0. */
  @IsFen()
  deductionFen!: number;

  @IsInstant()
  certifiedAt!: string;
}
