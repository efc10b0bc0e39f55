import { Type } from 'class-transformer';
import { IsString, IsUUID, ValidateNested } from 'class-validator';
import { IsInstant } from '../../validation/validators.js';
import { DecorationScheduleV1 } from './decoration-documents.js';

/** `decoration.approved.v1` */
export class DecorationApprovedV1 {
  @IsUUID()
  decorationId!: string;

  @IsString()
  number!: string;

  @IsUUID()
  unitId!: string;

  @ValidateNested()
  @Type(() => DecorationScheduleV1)
  schedule!: DecorationScheduleV1;

  @IsInstant()
  approvedAt!: string;
}
