import { IsOptional, IsUUID, Min } from 'class-validator';
import { IsFen, IsLocalDate } from '../validation/validators.js';
import { HasText } from '../validation/text.js';

/** BIL-10: a contractor's quality guarantee deposit (工程质量保证金) received by finance. */
export class QualityDepositReceiptBodyV1 {
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

export class GetQualityDepositV1 {
  @IsUUID()
  contractorId!: string;
}

export class QualityDepositView {
  @IsUUID()
  contractorId!: string;

  /** Held now. */
  @IsFen()
  balanceFen!: number;

  /** Deductions the deposit could not cover, owed by the contractor (decision 0103). */
  @IsFen()
  shortfallFen!: number;
}
