import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsString,
  IsUUID,
  Length,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsInstant } from '../../validation/validators.js';
import { InspectionResult } from '../residents-codes.js';
import { DecorationDamageV1 } from './decoration-damage.js';

export class DecorationInspectionV1 {
  @IsInstant()
  inspectedAt!: string;

  @IsIn(InspectionResult.codes)
  result!: InspectionResult;

  /** What must be fixed (required when failed); the fixes are re-inspected. */
  @ValidateIf((i: DecorationInspectionV1) => i.result === 'failed' || i.itemsToFix !== undefined)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  itemsToFix?: string[];

  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => DecorationDamageV1)
  damages!: DecorationDamageV1[];
}

/** RES-5: the completion inspection; passing starts the 90-day deposit refund clock (BIL-9). */
export class RecordDecorationInspectionV1 extends DecorationInspectionV1 {
  @IsUUID()
  decorationId!: string;
}
