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

  @IsOptional()
  @IsString()
  idNumber?: string;

  @IsUUID()
  accessLogId!: string;
}
