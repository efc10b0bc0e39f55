import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import { IsInstant, IsLocalDate } from '../../validation/validators.js';
import { MoveOutStatus, UnitStatus } from '../residents-codes.js';
import { DamageV1 } from './record-move-out-inspection.js';

/** A damage as shown: with who bears it in Chinese. */
export class MoveOutDamageView extends DamageV1 {
  @IsString()
  chargeToLabel!: string;
}

export class MoveOutView {
  @IsUUID()
  id!: string;

  @IsString()
  communityId!: string;

  @IsUUID()
  unitId!: string;

  /** `3栋1201`, so that a list is read without asking for each unit. */
  @IsString()
  unitLabel!: string;

  @IsUUID('all', { each: true })
  occupancyIds!: string[];

  /** Who moves out, in the order of the occupancies. */
  @IsUUID('all', { each: true })
  personIds!: string[];

  /** Their names, in the order of `personIds`. */
  @IsString({ each: true })
  personNames!: string[];

  @IsLocalDate()
  moveOutDate!: string;

  @IsString()
  reason!: string;

  @IsIn(MoveOutStatus.codes)
  status!: MoveOutStatus;

  @IsString()
  statusLabel!: string;

  @IsOptional()
  @IsInstant()
  inspectedAt?: string;

  @ValidateNested({ each: true })
  @Type(() => MoveOutDamageView)
  damages!: MoveOutDamageView[];

  @IsOptional()
  @IsInstant()
  completedAt?: string;

  /**
   * Completed ahead of the day the unit empties (decisions 220, 337): the day it becomes vacant, until
   * that day has come.
   */
  @IsOptional()
  @IsLocalDate()
  vacancyDueOn?: string;

  /** The unit's status once the move-out took effect on it. */
  @IsOptional()
  @IsIn(UnitStatus.codes)
  unitStatusAfter?: UnitStatus;

  @IsOptional()
  @IsString()
  unitStatusAfterLabel?: string;

  @IsOptional()
  @IsString()
  cancelReason?: string;

  @IsOptional()
  @IsInstant()
  cancelledAt?: string;

  @IsInt()
  version!: number;
}
