import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Min, ValidateNested } from 'class-validator';
import { PageQuery } from '../common/pagination.js';
import { IsFen, IsInstant, IsLocalDate } from '../validation/validators.js';
import { HasText } from '../validation/text.js';
import { QualityDepositMovementKind } from './billing-codes.js';

/** BIL-10: a contractor's quality guarantee deposit (工程质量保证金) received by finance. */
export class QualityDepositReceiptBodyV1 {
  /**
   * The contractor's name. The first receipt for a contractor records it; a later one under another
   * name (compared ignoring spaces, full-/half-width forms, case and invisible characters) is refused,
   * 422 naming `contractorName` with the name on file (decision 0394).
   */
  @HasText(1, 100)
  contractorName!: string;

  @IsFen()
  @Min(1)
  amountFen!: number;

  @IsOptional()
  @HasText(1, 200)
  note?: string;
}

export class ReceiveQualityDepositV1 extends QualityDepositReceiptBodyV1 {
  @IsUUID()
  contractorId!: string;
}

/**
 * BIL-10: a contractor's quality deposit paid back at the end of the warranty period it guarantees:
 * what is left of it, less what the contractor still owes for deductions above it (decision 0241).
 */
export class QualityDepositReleaseBodyV1 {
  /** The day the warranty period ended; not after today. */
  @IsLocalDate()
  warrantyEndedOn!: string;

  /** How much of the balance to release; all of it when absent. */
  @IsOptional()
  @IsFen()
  @Min(1)
  amountFen?: number;

  /** Why, for the record (the warranty certificate or the handover it follows). */
  @HasText(1, 200)
  reason!: string;
}

export class ReleaseQualityDepositV1 extends QualityDepositReleaseBodyV1 {
  @IsUUID()
  contractorId!: string;
}

/** A contractor's deposit with its movements a page at a time: `limit` (default 50, max 200), `cursor`. */
export class GetQualityDepositV1 extends PageQuery {
  @IsUUID()
  contractorId!: string;
}

/** One movement of a contractor's quality deposit (decision 0393). */
export class QualityDepositMovementView {
  @IsIn(QualityDepositMovementKind.codes)
  kind!: QualityDepositMovementKind;

  /** 收取, 扣除, 欠缴 or 退还. */
  @IsString()
  kindLabel!: string;

  /**
   * Positive. A receipt adds it to the deposit; a deduction and a release take it from the deposit;
   * a shortfall is owed by the contractor and leaves the deposit as it was.
   */
  @IsFen()
  amountFen!: number;

  /** What the deposit held after this movement. */
  @IsFen()
  balanceAfterFen!: number;

  /** As booked, e.g. `广州建工集团 质保金扣除：PG-GZ01-2026-000014`. */
  @IsString()
  description!: string;

  /** A deduction's or a shortfall's type-A work order (MNT-9). */
  @IsOptional()
  @IsString()
  workOrderNumber?: string;

  /** A deduction's or a shortfall's certified settlement. */
  @IsOptional()
  @IsUUID()
  settlementId?: string;

  @IsInstant()
  at!: string;
}

export class QualityDepositView {
  @IsUUID()
  contractorId!: string;

  /**
   * The name on file: the first receipt's (decision 0394); for a contractor nothing was received from
   * yet, the name maintenance gave with its last deduction.
   */
  @IsString()
  contractorName!: string;

  /** Held now. */
  @IsFen()
  balanceFen!: number;

  /** Deductions the deposit could not cover, owed by the contractor (decision 0103). */
  @IsFen()
  shortfallFen!: number;

  /**
   * BIL-10 (decision 0393): receipts, deductions, shortfalls and releases, newest first (in the order
   * billing booked them), one page: `limit` of them (50 unless asked).
   */
  @ValidateNested({ each: true })
  @Type(() => QualityDepositMovementView)
  movements!: QualityDepositMovementView[];

  /** Present when older movements follow; pass it as `cursor` to get them. */
  @IsOptional()
  @IsString()
  nextCursor?: string;
}
