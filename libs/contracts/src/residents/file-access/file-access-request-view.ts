import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import { StaffRef } from '../../identity/staff-ref.js';
import { IsInstant } from '../../validation/validators.js';
import { FileAccessPurpose, FileAccessStatus } from '../residents-codes.js';

export class FileAccessRequestView {
  @IsUUID()
  id!: string;

  @IsString()
  communityId!: string;

  @IsUUID()
  personId!: string;

  @IsString()
  personName!: string;

  @IsIn(FileAccessPurpose.codes)
  purpose!: FileAccessPurpose;

  @IsString()
  purposeLabel!: string;

  @IsString()
  reason!: string;

  @IsIn(FileAccessStatus.codes)
  status!: FileAccessStatus;

  @IsString()
  statusLabel!: string;

  @ValidateNested()
  @Type(() => StaffRef)
  requestedBy!: StaffRef;

  @IsInstant()
  requestedAt!: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => StaffRef)
  decidedBy?: StaffRef;

  @IsOptional()
  @IsInstant()
  decidedAt?: string;

  @IsOptional()
  @IsString()
  comment?: string;

  /** An approved request may be used until then. */
  @IsOptional()
  @IsInstant()
  validUntil?: string;
}
