import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsUUID,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsInstant } from '../../validation/validators.js';
import { AcceptanceDepartment, InspectionResult } from '../residents-codes.js';
import { DecorationDamageV1 } from './decoration-damage.js';
import { HasText } from '../../validation/text.js';

/** A department head's signature on the completion acceptance (竣工验收). */
export class AcceptanceSignatureV1 {
  @IsIn(AcceptanceDepartment.codes)
  department!: AcceptanceDepartment;

  /** The department head who signed: 陈工, 刘经理. */
  @HasText(1, 50)
  headName!: string;
}

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
  @HasText(1, 200, { each: true })
  itemsToFix?: string[];

  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => DecorationDamageV1)
  damages!: DecorationDamageV1[];

  /** A passed acceptance is signed by the head of each department involved (客服、工程、保安). */
  @ValidateIf((i: DecorationInspectionV1) => i.result === 'passed' || i.signatures !== undefined)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => AcceptanceSignatureV1)
  signatures?: AcceptanceSignatureV1[];
}

/** RES-5: the completion inspection; passing starts the 90-day deposit refund clock (BIL-9). */
export class RecordDecorationInspectionV1 extends DecorationInspectionV1 {
  @IsUUID()
  decorationId!: string;
}
