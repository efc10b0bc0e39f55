import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import { IsInstant, IsLocalDate } from '../../validation/validators.js';
import { IdDocumentType, OccupancyRole } from '../residents-codes.js';
import { ContactPreferencesV1 } from './contact-preferences.js';

export class PersonOccupancyView {
  @IsUUID()
  occupancyId!: string;

  @IsUUID()
  unitId!: string;

  /** 3栋1201 */
  @IsString()
  unitLabel!: string;

  @IsIn(OccupancyRole.codes)
  role!: OccupancyRole;

  @IsString()
  roleLabel!: string;

  @IsLocalDate()
  startDate!: string;

  @IsOptional()
  @IsLocalDate()
  endDate?: string;
}

/** A person's contact preferences as shown: the channel in Chinese. */
export class PersonPreferencesView extends ContactPreferencesV1 {
  @IsString()
  preferredChannelLabel!: string;
}

/** A person as every response shows them: phone and ID number masked (GEN-4). */
export class PersonView {
  @IsUUID()
  id!: string;

  @IsString()
  companyId!: string;

  @IsString()
  communityId!: string;

  @IsString()
  name!: string;

  /** Masked: `138****5678`. */
  @IsString()
  phone!: string;

  @IsOptional()
  @IsIn(IdDocumentType.codes)
  idDocumentType?: IdDocumentType;

  /** `idDocumentType` in Chinese: 居民身份证, 护照, … */
  @IsOptional()
  @IsString()
  idDocumentTypeLabel?: string;

  /** Masked: `4401**********1234`. */
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
  @Type(() => PersonOccupancyView)
  occupancies!: PersonOccupancyView[];

  @IsInstant()
  createdAt!: string;

  @IsInstant()
  updatedAt!: string;
}
