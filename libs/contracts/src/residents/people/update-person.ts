import { IsReason } from '../../validation/reason.js';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import { IsPhoneNumber } from '../../validation/validators.js';
import { IdDocumentV1 } from './id-document.js';
import { HasText } from '../../validation/text.js';

export const CLEARABLE_PERSON_FIELDS = ['idDocument', 'notes'] as const;
export type ClearablePersonField = (typeof CLEARABLE_PERSON_FIELDS)[number];

/** Change a person's name, phone, ID document or notes; only the fields given change. */
export class PersonChangesV1 {
  @IsOptional()
  @HasText(1, 50)
  name?: string;

  @IsOptional()
  @IsString()
  @IsPhoneNumber()
  phone?: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => IdDocumentV1)
  idDocument?: IdDocumentV1;

  @IsOptional()
  @HasText(1, 500)
  notes?: string;

  /** Optional fields to clear: a wrong ID document or notes are removed, not overwritten. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2)
  @IsIn(CLEARABLE_PERSON_FIELDS, { each: true })
  clear?: ClearablePersonField[];

  /** Why the record changes (GEN-3). */
  @IsReason()
  reason!: string;
}

export class UpdatePersonV1 extends PersonChangesV1 {
  @IsUUID()
  id!: string;
}
