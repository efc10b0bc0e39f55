import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import { IsFen, IsInstant, IsLocalDate } from '../../validation/validators.js';
import { MoveInKind, MoveInStatus } from '../residents-codes.js';
import { KeyHandoverV1 } from './record-move-in-keys.js';

export class MoveInChargesView {
  /** The charge request sent to billing (raised when the move-in opens). */
  @IsUUID()
  requestId!: string;

  /** What billing said when last asked: unknown, pending, billed, settled, cancelled. */
  @IsString()
  status!: string;

  /** `status` in Chinese: 未知, 待开账, 已开账, 已缴清, 已撤回. */
  @IsString()
  statusLabel!: string;
}

/** A key handover as shown: with its kind in Chinese. */
export class KeyHandoverView extends KeyHandoverV1 {
  @IsString()
  kindLabel!: string;
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

  /** `3栋1201`, so that a list is read without asking for each unit. */
  @IsString()
  unitLabel!: string;

  @IsIn(MoveInKind.codes)
  kind!: MoveInKind;

  @IsString()
  kindLabel!: string;

  /** Who moves in: the owners, or the tenants of a tenant's move-in. */
  @IsUUID('all', { each: true })
  personIds!: string[];

  /** Their names, in the order of `personIds`. */
  @IsString({ each: true })
  personNames!: string[];

  /** The owners moving in (the same as `personIds` for an owners' move-in; empty for tenants). */
  @IsUUID('all', { each: true })
  ownerPersonIds!: string[];

  /** A tenant's contract deposit (合同押金) in fen, asked of billing. */
  @IsOptional()
  @IsFen()
  contractDepositFen?: number;

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
  @Type(() => KeyHandoverView)
  keys!: KeyHandoverView[];

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

  @IsOptional()
  @IsString()
  cancelReason?: string;

  @IsOptional()
  @IsInstant()
  cancelledAt?: string;

  @IsInt()
  version!: number;
}
