import { Type } from 'class-transformer';
import { IsIn, IsObject, IsOptional, IsString, Length, ValidateNested, IsUUID } from 'class-validator';
import { StaffRef } from '../../identity/staff-ref.js';
import { Department } from '../complaint-codes.js';

/** CMP-2: the responsible department and the named handler (专人负责). */
export class AssignmentV1 {
  /** Default: the department responsible for the entry's category. */
  @IsOptional()
  @IsIn(Department.codes)
  department?: Department;

  @IsObject()
  @ValidateNested()
  @Type(() => StaffRef)
  handler!: StaffRef;

  @IsOptional()
  @IsString()
  @Length(1, 500)
  note?: string;
}

export class AssignComplaintV1 extends AssignmentV1 {
  @IsUUID()
  complaintId!: string;
}
