import { IsString, IsUUID } from 'class-validator';
import { IsInstant, IsLocalDate } from '../../validation/validators.js';

/**
 * `move-out.requested.v1`: a move-out was opened (工作联系单): engineering inspects, security lets
 * the removal through on the date.
 */
export class MoveOutRequestedV1 {
  @IsUUID()
  moveOutId!: string;

  @IsUUID()
  unitId!: string;

  @IsString()
  unitLabel!: string;

  @IsLocalDate()
  moveOutDate!: string;

  @IsInstant()
  requestedAt!: string;
}

/** `move-out.cancelled.v1` */
export class MoveOutCancelledV1 {
  @IsUUID()
  moveOutId!: string;

  @IsUUID()
  unitId!: string;

  @IsString()
  reason!: string;

  @IsInstant()
  cancelledAt!: string;
}
