import { IsIn, IsOptional, IsString, IsUUID } from 'class-validator';
import { IdDocumentType } from '../residents-codes.js';

/** The unmasked contact data a reveal returns; the reveal itself is in the access log. */
export class RevealedPersonView {
  @IsUUID()
  id!: string;

  @IsString()
  name!: string;

  @IsString()
  phone!: string;

  @IsOptional()
  @IsIn(IdDocumentType.codes)
  idDocumentType?: IdDocumentType;

  /** `idDocumentType` in Chinese: 居民身份证, 护照, … */
  @IsOptional()
  @IsString()
  idDocumentTypeLabel?: string;

  @IsOptional()
  @IsString()
  idNumber?: string;

  @IsUUID()
  accessLogId!: string;
}
