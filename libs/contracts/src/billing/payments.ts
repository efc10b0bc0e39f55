import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsDefined,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsFen, IsInstant } from '../validation/validators.js';
import { PaymentMethod, PaymentStatus } from './billing-codes.js';
import { HasText } from '../validation/text.js';

/** BIL-5: a payment as the cashier enters it for a unit. */
export class PaymentBodyV1 {
  /**
   * Who paid: their bills are paid oldest first, then the unit's bills without a named payer. One
   * billing knows for the unit: an occupant, or a payer of its bills or deposits (decision 0201).
   * Absent only with `payerName` (decision 0345).
   */
  @ValidateIf((p: PaymentBodyV1) => p.payerPersonId !== undefined || p.payerName === undefined)
  @IsUUID()
  payerPersonId?: string;

  /**
   * 付款方: who paid the unit's bills without a payer (the days nobody held the unit, e.g. 开发商 for
   * a vacant unit), instead of `payerPersonId`. Such a payment pays only those bills, never more than
   * they owe (decision 0345). Never with `payerPersonId` (400 naming `payerName`).
   */
  @ValidateIf((p: PaymentBodyV1) => p.payerName !== undefined)
  @HasText(1, 100)
  payerName?: string;

  @IsIn(PaymentMethod.codes)
  method!: PaymentMethod;

  @IsFen()
  @Min(1)
  amountFen!: number;

  /**
   * The bank's, WeChat Pay's, Alipay's or the card terminal's transaction id, required for every
   * method but cash (decision 0249): the same one twice records one payment, whoever enters it (an
   * Idempotency-Key is one staff member's, decision 0200).
   */
  // (An unknown method is refused naming `method` alone.)
  @ValidateIf(
    (p: PaymentBodyV1) =>
      (PaymentMethod.is(p.method) && p.method !== 'cash') || p.externalTransactionId !== undefined,
  )
  @IsDefined({ message: 'externalTransactionId is required for every method but cash' })
  @IsString()
  @Length(1, 64)
  @Matches(/^[\w.:-]+$/, { message: 'externalTransactionId may hold letters, digits, ., :, _ and -' })
  externalTransactionId?: string;

  /** Pay these bills (in this order) instead of the oldest first; what is left becomes credit. */
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  billIds?: string[];

  /** When the money came; now when absent, never later than now (decision 0201). */
  @IsOptional()
  @IsInstant()
  receivedAt?: string;

  @IsOptional()
  @HasText(1, 200)
  note?: string;
}

export class RecordPaymentV1 extends PaymentBodyV1 {
  @IsUUID()
  unitId!: string;
}

export class PaymentAllocationView {
  @IsUUID()
  billId!: string;

  @IsString()
  billNumber!: string;

  @IsFen()
  amountFen!: number;
}

export class PaymentView {
  @IsUUID()
  id!: string;

  /** GEN-2: the receipt (收据) number, e.g. `SJ-GZ01-2026-000012`. */
  @IsString()
  receiptNumber!: string;

  @IsString()
  communityId!: string;

  @IsUUID()
  unitId!: string;

  /** Absent for a payment of the unit's bills without a payer (decision 0345). */
  @IsOptional()
  @IsUUID()
  payerPersonId?: string;

  /** 付款方 of a payment without `payerPersonId` (decision 0345). */
  @IsOptional()
  @IsString()
  payerName?: string;

  @IsIn(PaymentMethod.codes)
  method!: PaymentMethod;

  @IsString()
  methodLabel!: string;

  @IsFen()
  amountFen!: number;

  /** What went to bills; the rest became the payer's credit balance. */
  @IsFen()
  allocatedFen!: number;

  @IsFen()
  creditFen!: number;

  @ValidateNested({ each: true })
  @Type(() => PaymentAllocationView)
  allocations!: PaymentAllocationView[];

  @IsOptional()
  @IsString()
  externalTransactionId?: string;

  @IsIn(PaymentStatus.codes)
  status!: PaymentStatus;

  @IsString()
  statusLabel!: string;

  @IsInstant()
  receivedAt!: string;
}

/** BIL-6: a payment taken back whole (entered wrongly, bounced): its allocations are undone. */
export class PaymentReversalBodyV1 {
  @HasText(1, 500)
  reason!: string;
}

export class ReversePaymentV1 extends PaymentReversalBodyV1 {
  @IsUUID()
  paymentId!: string;
}

/** BIL-5, BIL-6: the payer's credit balance paid back to them. */
export class CreditRefundBodyV1 {
  @IsUUID()
  payerPersonId!: string;

  @IsFen()
  @Min(1)
  amountFen!: number;

  @IsIn(PaymentMethod.codes)
  method!: PaymentMethod;

  @HasText(1, 500)
  reason!: string;
}

export class RefundCreditV1 extends CreditRefundBodyV1 {
  @IsUUID()
  unitId!: string;
}

/** `payment.recorded.v1` */
export class PaymentRecordedV1 {
  @IsUUID()
  paymentId!: string;

  @IsString()
  receiptNumber!: string;

  @IsUUID()
  unitId!: string;

  /** Absent for a payment of the unit's bills without a payer, with `payerName` (decision 0345). */
  @IsOptional()
  @IsUUID()
  payerPersonId?: string;

  @IsOptional()
  @IsString()
  payerName?: string;

  @IsIn(PaymentMethod.codes)
  method!: PaymentMethod;

  @IsFen()
  amountFen!: number;

  @IsFen()
  creditFen!: number;

  @IsInstant()
  receivedAt!: string;
}

/** `payment.reversed.v1` */
export class PaymentReversedV1 {
  @IsUUID()
  paymentId!: string;

  @IsString()
  receiptNumber!: string;

  @IsUUID()
  unitId!: string;

  @IsFen()
  amountFen!: number;

  @IsString()
  reason!: string;
}

/** `account.cleared.v1`: a unit's payer owes nothing any more (BIL-11). */
export class AccountClearedV1 {
  @IsUUID()
  unitId!: string;

  @IsUUID()
  payerPersonId!: string;

  @IsInstant()
  clearedAt!: string;
}
