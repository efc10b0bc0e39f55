import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import { IsInstant, IsLocalDate } from '../../validation/validators.js';
import { MoveOutStatus } from '../residents-codes.js';
import { DamageV1 } from './record-move-out-inspection.js';

export class MoveOutView {
  @IsUUID()
  id!: string;

  @IsString()
  communityId!: string;

  @IsUUID()
  unitId!: string;

  @IsUUID('all', { each: true })
  occupancyIds!: string[];

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
  @Type(() => DamageV1)
  damages!: DamageV1[];

  @IsOptional()
  @IsInstant()
  completedAt?: string;

  @IsOptional()
  @IsString()
  cancelReason?: string;

  @IsOptional()
  @IsInstant()
  cancelledAt?: string;

  @IsInt()
  version!: number;
}
