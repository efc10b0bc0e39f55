import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { COMMUNITY_ID_PATTERN } from '../common/ids.js';
import { PageQuery } from '../common/pagination.js';
import { IsInstant, IsLocalDate } from '../validation/validators.js';
import { ContactPreferencesV1 } from './people.js';
import { StaffRef } from '../identity/staff-ref.js';
import { FileAccessPurpose, FileAccessStatus, IdDocumentType } from './residents-codes.js';

export class FileAccessPurposeV1 {
  @IsIn(FileAccessPurpose.codes)
  purpose!: FileAccessPurpose;

  @IsString()
  @Length(2, 200)
  reason!: string;
}

/** RES-8: ask to borrow or export a resident's file; a manager must approve. */
export class RequestFileAccessV1 extends FileAccessPurposeV1 {
  @IsUUID()
  personId!: string;
}

export class FileAccessDecisionV1 {
  @IsIn(['approve', 'reject'])
  decision!: 'approve' | 'reject';

  @IsOptional()
  @IsString()
  @Length(1, 200)
  comment?: string;
}

/** RES-8: a manager approves or rejects (not their own request). */
export class DecideFileAccessV1 extends FileAccessDecisionV1 {
  @IsUUID()
  requestId!: string;
}

/** RES-8: the requester reads the approved file; every read is logged (GEN-4). */
export class GetResidentFileV1 {
  @IsUUID()
  requestId!: string;
}

export class ListFileAccessRequestsV1 extends PageQuery {
  @IsOptional()
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN)
  communityId?: string;

  @IsOptional()
  @IsIn(FileAccessStatus.codes)
  status?: FileAccessStatus;
}

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

export class ResidentFileOccupancyView {
  @IsString()
  unitLabel!: string;

  @IsString()
  roleLabel!: string;

  @IsLocalDate()
  startDate!: string;

  @IsOptional()
  @IsLocalDate()
  endDate?: string;
}

export class ResidentFileHistoryView {
  @IsString()
  action!: string;

  @IsString()
  actorName!: string;

  @IsInstant()
  at!: string;

  @IsOptional()
  @IsString()
  reason?: string;
}

/** The full file of a resident, unmasked, as an approved RES-8 request returns it. */
export class ResidentFileView {
  @IsUUID()
  personId!: string;

  @IsString()
  communityId!: string;

  @IsString()
  name!: string;

  @IsString()
  phone!: string;

  @IsOptional()
  @IsIn(IdDocumentType.codes)
  idDocumentType?: IdDocumentType;

  @IsOptional()
  @IsString()
  idDocumentTypeLabel?: string;

  @IsOptional()
  @IsString()
  idNumber?: string;

  @IsOptional()
  @IsString()
  notes?: string;

  @ValidateNested()
  @Type(() => ContactPreferencesV1)
  preferences!: ContactPreferencesV1;

  @ValidateNested({ each: true })
  @Type(() => ResidentFileOccupancyView)
  occupancies!: ResidentFileOccupancyView[];

  @ValidateNested({ each: true })
  @Type(() => ResidentFileHistoryView)
  history!: ResidentFileHistoryView[];

  @IsUUID()
  accessLogId!: string;
}
