import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { IsInstant } from '../validation/validators.js';
import { RepairProgress } from './maintenance-codes.js';

/**
 * `repair-request.progressed.v1`: a repair request moved on. Published by maintenance; complaints
 * follows it for the entries that asked for the repair (`complaintId`, CMP-2).
 */
export class RepairRequestProgressedV1 {
  @IsUUID()
  repairRequestId!: string;

  /** The register entry that asked for the repair, when one did. */
  @IsOptional()
  @IsUUID()
  complaintId?: string;

  @IsString()
  @Length(1, 40)
  number!: string;

  @IsIn(RepairProgress.codes)
  progress!: RepairProgress;

  @IsOptional()
  @IsString()
  @Length(1, 500)
  note?: string;

  @IsInstant()
  at!: string;
}
