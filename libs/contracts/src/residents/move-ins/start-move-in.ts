import { ArrayMaxSize, ArrayMinSize, IsArray, IsUUID } from 'class-validator';
import { IsLocalDate } from '../../validation/validators.js';

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
