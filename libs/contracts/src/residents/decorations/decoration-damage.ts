import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';
import { MAX_FEN } from '../../common/money.js';
import { IsFen, IsInstant } from '../../validation/validators.js';
import { DamageRemedy } from '../residents-codes.js';
import { HasText } from '../../validation/text.js';

export class DecorationDamageV1 {
  @HasText(1, 200)
  description!: string;

  @IsFen()
  @Min(1)
  @Max(MAX_FEN)
  amountFen!: number;

  /**
   * `charge` (default): deducted from the deposit (BIL-8). `repair`: the resident repairs it instead,
   * and a re-inspection confirms it; only a repair not done is then charged.
   */
  @IsOptional()
  @IsIn(DamageRemedy.codes)
  remedy?: DamageRemedy;
}

/** A damage the resident is repairing, waiting for the re-inspection that confirms it (RES-5). */
export class PendingRepairView {
  @IsUUID()
  id!: string;

  @IsString()
  description!: string;

  /** What is charged if the repair is not done. */
  @IsFen()
  amountFen!: number;

  /** The patrol finding or inspection that found it. */
  @IsUUID()
  foundIn!: string;
}

/** RES-5: the re-inspection of a damage the resident repaired. */
export class RepairConfirmationV1 {
  /** The pending repair (`pendingRepairs[].id` of the application). */
  @IsUUID()
  repairId!: string;

  @IsInstant()
  inspectedAt!: string;

  /** false: not repaired, so the amount is charged to the deposit after all (BIL-8). */
  @IsBoolean()
  repaired!: boolean;

  @IsOptional()
  @HasText(1, 200)
  note?: string;
}

export class ConfirmDamageRepairV1 extends RepairConfirmationV1 {
  @IsUUID()
  decorationId!: string;
}
