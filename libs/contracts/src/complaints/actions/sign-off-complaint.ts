import { HasText } from '../../validation/text.js';
import { IsIn, IsOptional, IsString, IsUUID } from 'class-validator';
import { Department } from '../complaint-codes.js';

/** CMP-8: a department involved acknowledges the record (签字认可). */
export class DepartmentSignOffV1 {
  @IsIn(Department.codes)
  department!: Department;

  @IsOptional()
  @IsString()
  @HasText(1, 500)
  note?: string;
}

export class SignOffComplaintV1 extends DepartmentSignOffV1 {
  @IsUUID()
  complaintId!: string;
}
