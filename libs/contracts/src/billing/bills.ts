import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Min, ValidateNested } from 'class-validator';
import { IsFen, IsInstant, IsLocalDate } from '../validation/validators.js';
import { BillSource, BillStatus } from './billing-codes.js';
import { HasText } from '../validation/text.js';

export class BillLineView {
  @IsUUID()
  id!: string;

  @IsString()
  itemCode!: string;

  @IsString()
  itemLabel!: string;

  @IsString()
  description!: string;

  @IsFen()
  amountFen!: number;

  /** A deposit line: paid money is held (BIL-8), not income. */
  deposit!: boolean;

  @IsFen()
  paidFen!: number;

  @IsFen()
  creditedFen!: number;
}

/** A bill (账单): issued once, never edited; reduced by credit notes (BIL-6). */
export class BillView {
  @IsUUID()
  id!: string;

  /** GEN-2, e.g. `ZD-GZ01-2026-000321`. */
  @IsString()
  number!: string;

  @IsString()
  communityId!: string;

  @IsUUID()
  unitId!: string;

  @IsOptional()
  @IsUUID()
  payerPersonId?: string;

  @IsIn(BillSource.codes)
  source!: BillSource;

  @IsString()
  sourceLabel!: string;

  @IsString()
  description!: string;

  @IsFen()
  amountFen!: number;

  @IsFen()
  paidFen!: number;

  @IsFen()
  creditedFen!: number;

  /** What is still owed: amount − credited − paid. */
  @IsFen()
  outstandingFen!: number;

  @IsIn(BillStatus.codes)
  status!: BillStatus;

  @IsString()
  statusLabel!: string;

  @IsInstant()
  issuedAt!: string;

  @IsLocalDate()
  dueDate!: string;

  @ValidateNested({ each: true })
  @Type(() => BillLineView)
  lines!: BillLineView[];
}

/** BIL-6: what a credit note takes off a bill, and why. */
export class CreditNoteBodyV1 {
  @IsFen()
  @Min(1)
  amountFen!: number;

  @HasText(1, 500)
  reason!: string;
}

export class IssueCreditNoteV1 extends CreditNoteBodyV1 {
  @IsUUID()
  billId!: string;
}

/** `bill.issued.v1`: a bill was issued to a unit's payer (BIL-4's payment notice starts here). */
export class BillIssuedV1 {
  @IsUUID()
  billId!: string;

  @IsString()
  number!: string;

  @IsUUID()
  unitId!: string;

  @IsOptional()
  @IsUUID()
  payerPersonId?: string;

  @IsIn(BillSource.codes)
  source!: BillSource;

  @IsFen()
  amountFen!: number;

  @IsLocalDate()
  dueDate!: string;

  /** The items, by code: what finance systems book the bill against. */
  @IsString({ each: true })
  itemCodes!: string[];
}
