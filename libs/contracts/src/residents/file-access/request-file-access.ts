import { IsReason } from '../../validation/reason.js';
import { IsIn, IsUUID } from 'class-validator';
import { FileAccessPurpose } from '../residents-codes.js';

export class FileAccessPurposeV1 {
  @IsIn(FileAccessPurpose.codes)
  purpose!: FileAccessPurpose;

  @IsReason(2)
  reason!: string;
}

/** RES-8: ask to borrow or export a resident's file; a manager must approve. */
export class RequestFileAccessV1 extends FileAccessPurposeV1 {
  @IsUUID()
  personId!: string;
}
