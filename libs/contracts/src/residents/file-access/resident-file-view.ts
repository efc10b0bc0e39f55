import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import { IsInstant, IsLocalDate } from '../../validation/validators.js';
import { PersonPreferencesView } from '../people/person-view.js';
import { IdDocumentType } from '../residents-codes.js';

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

  /** What happened in Chinese: `人员 登记`, `入住关系 开始`. */
  @IsString()
  actionLabel!: string;

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
  @Type(() => PersonPreferencesView)
  preferences!: PersonPreferencesView;

  @ValidateNested({ each: true })
  @Type(() => ResidentFileOccupancyView)
  occupancies!: ResidentFileOccupancyView[];

  @ValidateNested({ each: true })
  @Type(() => ResidentFileHistoryView)
  history!: ResidentFileHistoryView[];

  @IsUUID()
  accessLogId!: string;
}
