import { IsIn, IsOptional, IsString, IsUUID, Min } from 'class-validator';
import { IsFen, IsInstant, IsLocalDate } from '../validation/validators.js';
import { DepositKind, DepositStatus, PaymentMethod } from './billing-codes.js';
import { HasText } from '../validation/text.js';

/** BIL-8: a deposit held for a unit's payer. Its balance is the sum of its account's entries. */
export class DepositView {
  @IsUUID()
  id!: string;

  /** GEN-2, e.g. `YJ-GZ01-2026-000004`. */
  @IsString()
  number!: string;

  @IsString()
  communityId!: string;

  @IsUUID()
  unitId!: string;

  @IsUUID()
  payerPersonId!: string;

  @IsIn(DepositKind.codes)
  kind!: DepositKind;

  @IsString()
  kindLabel!: string;

  /** What the deposit is to be. */
  @IsFen()
  requiredFen!: number;

  @IsFen()
  receivedFen!: number;

  @IsFen()
  deductedFen!: number;

  @IsFen()
  refundedFen!: number;

  /** Held now: received − deducted − refunded, never below zero. */
  @IsFen()
  balanceFen!: number;

  @IsIn(DepositStatus.codes)
  status!: DepositStatus;

  @IsString()
  statusLabel!: string;

  /** BIL-9: a decoration deposit is refundable from this day (90 days after the passed inspection). */
  @IsOptional()
  @IsLocalDate()
  refundableFrom?: string;
}

/** BIL-8: damage deducted from a deposit; above the balance the rest is charged to the unit. */
export class DepositDeductionBodyV1 {
  @IsFen()
  @Min(1)
  amountFen!: number;

  @HasText(1, 500)
  reason!: string;

  /** The inspection or patrol finding that found the damage. */
  @IsOptional()
  @IsUUID()
  foundBy?: string;
}

export class DeductDepositV1 extends DepositDeductionBodyV1 {
  @IsUUID()
  depositId!: string;
}

/** BIL-8, BIL-9: the balance paid back. */
export class DepositRefundBodyV1 {
  @IsIn(PaymentMethod.codes)
  method!: PaymentMethod;

  @HasText(1, 500)
  reason!: string;
}

export class RefundDepositV1 extends DepositRefundBodyV1 {
  @IsUUID()
  depositId!: string;
}

/** `deposit.received.v1` */
export class DepositReceivedV1 {
  @IsUUID()
  depositId!: string;

  @IsString()
  number!: string;

  @IsUUID()
  unitId!: string;

  @IsIn(DepositKind.codes)
  kind!: DepositKind;

  @IsFen()
  amountFen!: number;

  @IsInstant()
  receivedAt!: string;
}

/** `deposit.refunded.v1` */
export class DepositRefundedV1 {
  @IsUUID()
  depositId!: string;

  @IsString()
  number!: string;

  @IsUUID()
  unitId!: string;

  @IsFen()
  amountFen!: number;

  @IsInstant()
  refundedAt!: string;
}
