import { IsOptional, IsUUID, Min } from 'class-validator';
import { IsFen } from '../validation/validators.js';
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
