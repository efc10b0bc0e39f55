import {
  IsDefined,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Min,
  ValidateIf,
} from 'class-validator';
import { IsFen, IsInstant } from '../validation/validators.js';
import { DepositKind, PaymentMethod } from './billing-codes.js';
import { HasText } from '../validation/text.js';

/**
 * BIL-8: a deposit (押金) the cashier receives for a unit's payer, held at once (decision 0207). Only
 * a contract deposit is received this way: a decoration deposit is asked for by its decoration
 * (RES-5) and paid on that bill (decision 0208).
 */
export class ReceiveDepositV1 {
  @IsUUID()
  unitId!: string;

  /** Whose deposit it is: they get the balance back (BIL-8). */
  @IsUUID()
  payerPersonId!: string;

  @IsIn(DepositKind.codes)
  kind!: DepositKind;

  @IsFen()
  @Min(1)
  amountFen!: number;

  /** How it was paid in. */
  @IsIn(PaymentMethod.codes)
  method!: PaymentMethod;

  /**
   * The bank's, WeChat Pay's or Alipay's transaction id, required for every method but cash: the same
   * one twice receives one deposit.
   */
  @ValidateIf((d: ReceiveDepositV1) => d.method !== 'cash' || d.externalTransactionId !== undefined)
  @IsDefined({ message: 'externalTransactionId is required for every method but cash' })
  @IsString()
  @Length(1, 64)
  @Matches(/^[\w.:-]+$/, { message: 'externalTransactionId may hold letters, digits, ., :, _ and -' })
  externalTransactionId?: string;

  /** When the money came in; now when absent. Never in the future. */
  @IsOptional()
  @IsInstant()
  receivedAt?: string;

  @IsOptional()
  @HasText(1, 200)
  note?: string;
}
