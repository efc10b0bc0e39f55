import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { MAX_FEN } from '../common/money.js';
import { IsFen, IsInstant, IsLocalDate } from '../validation/validators.js';
import { DamageChargeTo, MoveOutStatus, UnitStatus } from './residents-codes.js';

/** The move-out as the HTTP body of `POST /units/{id}/move-outs` carries it. */
export class MoveOutDetailsV1 {
  /** The occupancies that end: a tenant's move-out leaves the owner's occupancy alone (RES-6). */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  occupancyIds!: string[];

  @IsLocalDate()
  moveOutDate!: string;

  @IsString()
  @Length(1, 200)
  reason!: string;
}

/**
 * RES-6: request a move-out (迁出). Billing is asked at once whether the unit owes anything; arrears
 * refuse the request (MOVE_OUT_BLOCKED_BY_ARREARS) with the open items in `details.openItems`.
 */
export class RequestMoveOutV1 extends MoveOutDetailsV1 {
  @IsUUID()
  unitId!: string;
}

export class DamageV1 {
  @IsString()
  @Length(1, 200)
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

  /** Damage at the leaver's cost: charged to the account or deducted from a deposit (by billing). */
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

export class MoveOutRefV1 {
  @IsUUID()
  moveOutId!: string;
}

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

  @IsInt()
  version!: number;
}

/** `unit.moved-out.v1`: the departments are notified (RES-6). */
export class UnitMovedOutV1 {
  @IsUUID()
  moveOutId!: string;

  @IsUUID()
  unitId!: string;

  @IsUUID('all', { each: true })
  occupancyIds!: string[];

  @IsUUID('all', { each: true })
  personIds!: string[];

  @IsLocalDate()
  moveOutDate!: string;

  /** The unit's status afterwards: vacant when nobody current remains. */
  @IsIn(UnitStatus.codes)
  unitStatus!: UnitStatus;
}
