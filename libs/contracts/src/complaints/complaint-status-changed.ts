import { IsIn, IsInt, IsOptional, IsString, IsUUID } from 'class-validator';
import { IsInstant } from '../validation/validators.js';
import { ComplaintAction, ComplaintKind, ComplaintStatus, Department } from './complaint-codes.js';

/**
 * `complaint.status-changed.v1`: an action was taken on a register entry (every transition of
 * CMP-2 … CMP-10, CMP-16 publishes one). No customer contact (GEN-4).
 */
export class ComplaintStatusChangedV1 {
  @IsUUID()
  complaintId!: string;

  @IsString()
  number!: string;

  @IsIn(ComplaintKind.codes)
  kind!: ComplaintKind;

  @IsIn(ComplaintAction.codes)
  action!: ComplaintAction;

  @IsIn(ComplaintStatus.codes)
  from!: ComplaintStatus;

  @IsIn(ComplaintStatus.codes)
  to!: ComplaintStatus;

  @IsOptional()
  @IsIn(Department.codes)
  department?: Department;

  @IsOptional()
  @IsString()
  handlerId?: string;

  /** CMP-4: 0 handler … 3 general manager. */
  @IsInt()
  escalationLevel!: number;

  @IsInstant()
  at!: string;
}
