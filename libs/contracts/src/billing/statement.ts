import { Type } from 'class-transformer';
import { IsInstant } from '../validation/validators.js';
import { IsFen } from '../validation/validators.js';
import { IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { BillView } from './bills.js';
import { DepositView } from './deposits.js';
import { PaymentView } from './payments.js';

/** Narrows a unit's statement or clearance to one payer (with the unit's own bills). */
export class PayerQueryV1 {
  @IsOptional()
  @IsUUID()
  payerPersonId?: string;
}

/** A unit's account statement (对账单), optionally for one payer. */
export class GetStatementV1 extends PayerQueryV1 {
  @IsUUID()
  unitId!: string;
}

export class StatementView {
  @IsUUID()
  unitId!: string;

  /** What the unit owes: the outstanding amounts of its open bills. */
  @IsFen()
  owedFen!: number;

  /** Overpayments kept for the payers (BIL-5). */
  @IsFen()
  creditFen!: number;

  @ValidateNested({ each: true })
  @Type(() => BillView)
  bills!: BillView[];

  @ValidateNested({ each: true })
  @Type(() => PaymentView)
  payments!: PaymentView[];

  @ValidateNested({ each: true })
  @Type(() => DepositView)
  deposits!: DepositView[];

  @IsInstant()
  asOf!: string;
}
