import { Type } from 'class-transformer';
import { IsInstant } from '../validation/validators.js';
import { IsFen } from '../validation/validators.js';
import { IsIn, IsOptional, IsString, IsUUID, Matches, ValidateNested } from 'class-validator';
import { CreditEntryKind, RebillCause } from './billing-codes.js';
import { PERIOD_PATTERN } from './billing-runs.js';
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

/** One movement of a payer's credit balance (余额明细), in the order they happened (decision 0203). */
export class CreditEntryView {
  @IsIn(CreditEntryKind.codes)
  kind!: CreditEntryKind;

  @IsString()
  kindLabel!: string;

  @IsUUID()
  payerPersonId!: string;

  /** Signed: what came into the balance is positive, what left it negative. */
  @IsFen()
  amountFen!: number;

  /** The receipt or bill number it came from or went to, e.g. `SJ-GZ01-2026-000012`. */
  @IsOptional()
  @IsString()
  reference?: string;

  @IsString()
  description!: string;

  @IsInstant()
  at!: string;
}

/**
 * Decision 0387: a month of the unit whose holders changed after it was billed but which billing left
 * on its old payers (a bill reduced by a credit note, or paid without a payer): finance re-bills it
 * (cancel its bills, run the month again, decision 0347). Listed until the month is billed again.
 */
export class RebillNeededView {
  /** The month, e.g. `2026-11`. */
  @Matches(PERIOD_PATTERN)
  period!: string;

  @IsIn(RebillCause.codes)
  cause!: RebillCause;

  @IsString()
  causeLabel!: string;

  /** The reason as written to the unit's archive (GEN-3), in Chinese. */
  @IsString()
  reason!: string;

  /** The bills that kept billing from re-billing the month, e.g. `ZD-GZ01-2026-000044`. */
  @IsString({ each: true })
  billNumbers!: string[];

  @IsInstant()
  notedAt!: string;
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

  /** How the credit balance came and went: overpayments, bills set against it, refunds (decision 0203). */
  @ValidateNested({ each: true })
  @Type(() => CreditEntryView)
  creditEntries!: CreditEntryView[];

  /** Months finance must re-bill by hand after a change of the unit's payers (decision 0387). */
  @ValidateNested({ each: true })
  @Type(() => RebillNeededView)
  rebillNeeded!: RebillNeededView[];

  @IsInstant()
  asOf!: string;
}
