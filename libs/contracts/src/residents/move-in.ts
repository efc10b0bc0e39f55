import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsInstant, IsLocalDate } from '../validation/validators.js';
import { KeyKind, MoveInStatus } from './residents-codes.js';

/** The move-in as the HTTP body of `POST /units/{id}/move-ins` carries it. */
export class MoveInDetailsV1 {
  /** The owners moving in; each must hold a current owner occupancy of the unit. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  ownerPersonIds!: string[];

  @IsLocalDate()
  plannedDate!: string;
}

/** RES-4: open the move-in procedure (入住/入伙手续) of a unit. */
export class StartMoveInV1 extends MoveInDetailsV1 {
  @IsUUID()
  unitId!: string;
}

export class MoveInRefV1 {
  @IsUUID()
  moveInId!: string;
}

/** RES-4: the handbook (业户手册) and the decoration rules were handed over and acknowledged. */
export class AcknowledgementsV1 {
  @IsBoolean()
  handbook!: boolean;

  @IsBoolean()
  decorationRules!: boolean;
}

export class RecordMoveInAcknowledgementsV1 extends AcknowledgementsV1 {
  @IsUUID()
  moveInId!: string;
}

export class KeyHandoverV1 {
  @IsIn(KeyKind.codes)
  kind!: KeyKind;

  @IsInt()
  @Min(1)
  @Max(20)
  count!: number;
}

export class KeysHandedOverV1 {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => KeyHandoverV1)
  keys!: KeyHandoverV1[];
}

/** RES-4: record the keys and cards handed over. */
export class RecordKeysHandedOverV1 extends KeysHandedOverV1 {
  @IsUUID()
  moveInId!: string;
}

export class CompleteMoveInBodyV1 {
  @IsInstant()
  movedInAt!: string;
}

/**
 * RES-4: complete the move-in. Refused (MOVE_IN_INCOMPLETE, the missing steps listed) unless the
 * owners' identity is recorded, both acknowledgements and the keys are recorded, and billing says
 * the move-in charges are paid.
 */
export class CompleteMoveInV1 extends CompleteMoveInBodyV1 {
  @IsUUID()
  moveInId!: string;
}

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

/** `unit.moved-in.v1` */
export class UnitMovedInV1 {
  @IsUUID()
  moveInId!: string;

  @IsUUID()
  unitId!: string;

  @IsUUID('all', { each: true })
  ownerPersonIds!: string[];

  @IsInstant()
  movedInAt!: string;
}
