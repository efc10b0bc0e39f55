import { IsIn, IsString, Matches } from 'class-validator';
import { ID_NUMBER_PATTERN } from '../../validation/validators.js';
import { IdDocumentType } from '../residents-codes.js';
import { IsNumberOfItsDocumentType } from './resident-id-number.js';

export class IdDocumentV1 {
  @IsIn(IdDocumentType.codes)
  type!: IdDocumentType;

  @IsString()
  @Matches(ID_NUMBER_PATTERN, { message: 'number must be a valid document number' })
  @IsNumberOfItsDocumentType()
  number!: string;
}
