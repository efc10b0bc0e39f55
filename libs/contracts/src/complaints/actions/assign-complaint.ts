import { HasText } from '../../validation/text.js';
import { Type } from 'class-transformer';
import { IsIn, IsObject, IsOptional, IsString, ValidateNested, IsUUID } from 'class-validator';
import type { StaffRef } from '../../identity/staff-ref.js';
import { Department } from '../complaint-codes.js';

/** CMP-2: the named handler (专人负责): a staff id and a name that both say something. */
export class ComplaintHandlerV1 implements StaffRef {
  @IsString()
  @HasText(1, 100)
  staffId!: string;

  @IsString()
  @HasText(1, 40)
  name!: string;
}

/** CMP-2: the responsible department and the named handler (专人负责). */
export class AssignmentV1 {
  /** Default: the department responsible for the entry's category. */
  @IsOptional()
  @IsIn(Department.codes)
  department?: Department;

  @IsObject()
  @ValidateNested()
  @Type(() => ComplaintHandlerV1)
  handler!: ComplaintHandlerV1;

  @IsOptional()
  @IsString()
  @HasText(1, 500)
  note?: string;
}

export class AssignComplaintV1 extends AssignmentV1 {
  @IsUUID()
  complaintId!: string;
}
