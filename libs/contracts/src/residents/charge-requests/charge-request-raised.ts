import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  ValidateNested,
} from 'class-validator';
import { IsFen } from '../../validation/validators.js';
import { ChargeItemCode, ChargePurpose } from './charge-codes.js';

export class ChargeItemV1 {
  @IsIn(ChargeItemCode.codes)
  code!: ChargeItemCode;

  @IsString()
  @Length(1, 200)
  description!: string;

  /** Set for damages; billing prices the other items from its fee items. */
  @IsOptional()
  @IsFen()
  amountFen?: number;
}

export class ChargeReferenceV1 {
  @IsIn(['move-in', 'decoration', 'move-out'])
  kind!: 'move-in' | 'decoration' | 'move-out';

  @IsUUID()
  id!: string;
}

/**
 * `charge-request.raised.v1` (residents → billing): charge the payer of a unit. Billing bills it once
 * per `requestId`, however often the event is delivered, and reports the payment in
 * `billing.events.charge-request.settled`.
 */
export class ChargeRequestRaisedV1 {
  @IsUUID()
  requestId!: string;

  @IsIn(ChargePurpose.codes)
  purpose!: ChargePurpose;

  @IsUUID()
  unitId!: string;

  @IsUUID()
  payerPersonId!: string;

  @ValidateNested()
  @Type(() => ChargeReferenceV1)
  reference!: ChargeReferenceV1;

  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => ChargeItemV1)
  items!: ChargeItemV1[];
}
