import { Type } from 'class-transformer';
import { IsBoolean, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { IsInstant } from '../../validation/validators.js';
import { DecorationDamageV1 } from './decoration-damage.js';
import { HasText } from '../../validation/text.js';

export class PatrolFindingV1 {
  @IsInstant()
  foundAt!: string;

  @HasText(1, 500)
  description!: string;

  /** Against the decoration rules (违规施工). */
  @IsBoolean()
  violation!: boolean;

  /** Damage to common areas, charged against the deposit. */
  @IsOptional()
  @ValidateNested()
  @Type(() => DecorationDamageV1)
  damage?: DecorationDamageV1;
}

/** RES-5: a patrol during the works records what it found. */
export class RecordPatrolFindingV1 extends PatrolFindingV1 {
  @IsUUID()
  decorationId!: string;
}
