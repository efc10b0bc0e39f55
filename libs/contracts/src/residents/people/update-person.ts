import { Type } from 'class-transformer';
import { IsOptional, IsString, IsUUID, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { PHONE_PATTERN } from '../../validation/validators.js';
import { IdDocumentV1 } from './id-document.js';

/** Change a person's name, phone, ID document or notes; only the fields given change. */
export class PersonChangesV1 {
  @IsOptional()
  @IsString()
  @Length(1, 50)
  name?: string;

  @IsOptional()
  @IsString()
  @Matches(PHONE_PATTERN, { message: 'phone must be a mainland mobile or landline number' })
  phone?: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => IdDocumentV1)
  idDocument?: IdDocumentV1;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  notes?: string;

  /** Why the record changes (GEN-3). */
  @IsString()
  @Length(1, 200)
  reason!: string;
}

export class UpdatePersonV1 extends PersonChangesV1 {
  @IsUUID()
  id!: string;
}
