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
import { labelledCodes, type CodeOf } from '../common/labelled-codes.js';
import { IsFen } from '../validation/validators.js';

/** Why residents asks billing to charge a unit. */
export const ChargePurpose = labelledCodes({
  'move-in': '入住费用',
  decoration: '装修押金及垃圾清运费',
  'move-out-damage': '迁出损坏赔偿',
});
export type ChargePurpose = CodeOf<typeof ChargePurpose>;

/** What is charged. Billing prices items without an amount from the company's fee items (BIL-1). */
export const ChargeItemCode = labelledCodes({
  'move-in-fees': '入住费用',
  'decoration-deposit': '装修押金',
  'decoration-waste-removal': '装修垃圾清运费',
  'damage-to-account': '损坏赔偿（计入账户）',
  'damage-from-deposit': '损坏赔偿（押金扣除）',
});
export type ChargeItemCode = CodeOf<typeof ChargeItemCode>;

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
 * `charge-request.withdrawn.v1` (residents → billing): the procedure that raised the request was
 * cancelled. Billing cancels what is unpaid (a credit note, BIL-6) and settles what was paid (e.g.
 * refunds the decoration deposit) by its own rules.
 */
export class ChargeRequestWithdrawnV1 {
  @IsUUID()
  requestId!: string;

  @IsString()
  @Length(1, 200)
  reason!: string;
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
