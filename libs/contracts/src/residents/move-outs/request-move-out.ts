import { IsReason } from '../../validation/reason.js';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsUUID } from 'class-validator';
import { IsLocalDate } from '../../validation/validators.js';

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

  @IsReason()
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
