import { IsIn, IsString, IsUUID } from 'class-validator';
import { IsInstant, IsLocalDate } from '../../validation/validators.js';
import { MoveInKind } from '../residents-codes.js';

/**
 * `move-in.requested.v1`: a move-in was opened. The manuals' 工作联系单: engineering, security and
 * cleaning prepare lifts, protection and patrols for the planned date.
 */
export class MoveInRequestedV1 {
  @IsUUID()
  moveInId!: string;

  @IsIn(MoveInKind.codes)
  kind!: MoveInKind;

  @IsUUID()
  unitId!: string;

  /** `3栋1201` */
  @IsString()
  unitLabel!: string;

  @IsLocalDate()
  plannedDate!: string;

  @IsInstant()
  requestedAt!: string;
}

/** `move-in.cancelled.v1`: the move-in will not happen; departments stand down. */
export class MoveInCancelledV1 {
  @IsUUID()
  moveInId!: string;

  @IsUUID()
  unitId!: string;

  @IsString()
  reason!: string;

  @IsInstant()
  cancelledAt!: string;
}
