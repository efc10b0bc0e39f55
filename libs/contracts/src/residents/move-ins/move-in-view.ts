import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import { IsInstant, IsLocalDate } from '../../validation/validators.js';
import { MoveInStatus } from '../residents-codes.js';
import { KeyHandoverV1 } from './record-move-in-keys.js';

export class MoveInChargesView {
  /** The charge request sent to billing (raised when the move-in opens). */
  @IsUUID()
  requestId!: string;

  /** What billing said when last asked: unknown, pending, billed, settled, cancelled. */
  @IsString()
  status!: string;
}

/** A precondition of the move-in not met yet (RES-4): `identity`, `handbook`, `keys`, `charges`, … */
export class MissingStepView {
  @IsString()
  code!: string;

  @IsString()
  label!: string;
}

export class MoveInView {
  @IsUUID()
  id!: string;

  @IsString()
  communityId!: string;

  @IsUUID()
  unitId!: string;

  @IsUUID('all', { each: true })
  ownerPersonIds!: string[];

  @IsLocalDate()
  plannedDate!: string;

  @IsIn(MoveInStatus.codes)
  status!: MoveInStatus;

  @IsString()
  statusLabel!: string;

  @IsBoolean()
  handbookAcknowledged!: boolean;

  @IsBoolean()
  decorationRulesAcknowledged!: boolean;

  @ValidateNested({ each: true })
  @Type(() => KeyHandoverV1)
  keys!: KeyHandoverV1[];

  @ValidateNested()
  @Type(() => MoveInChargesView)
  charges!: MoveInChargesView;

  /** What is still missing before the move-in can complete. */
  @ValidateNested({ each: true })
  @Type(() => MissingStepView)
  missing!: MissingStepView[];

  @IsOptional()
  @IsInstant()
  movedInAt?: string;

  @IsInt()
  version!: number;
}
