import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { MAX_FEN } from '../../common/money.js';
import { IsFen, IsInstant } from '../../validation/validators.js';
import { DamageChargeTo } from '../residents-codes.js';
import { HasText } from '../../validation/text.js';

export class DamageV1 {
  @HasText(1, 200)
  description!: string;

  @IsFen()
  @Min(1)
  @Max(MAX_FEN)
  amountFen!: number;

  @IsIn(DamageChargeTo.codes)
  chargeTo!: DamageChargeTo;
}

export class MoveOutInspectionV1 {
  @IsInstant()
  inspectedAt!: string;

  /**
   * Damage at the leaver's cost: charged to the account or deducted from a deposit (by billing);
   * together at most MAX_FEN, or 422 AMOUNT_TOO_LARGE naming `damages` (decision 0236).
   */
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => DamageV1)
  damages!: DamageV1[];
}

/** RES-6: engineering inspects the unit for damage. */
export class RecordMoveOutInspectionV1 extends MoveOutInspectionV1 {
  @IsUUID()
  moveOutId!: string;
}
