import { IsReason } from '../../validation/reason.js';
import { IsUUID } from 'class-validator';
import { IsLocalDate } from '../../validation/validators.js';

export class OccupancyEndV1 {
  /** The last day of the occupancy; on or after its start. */
  @IsLocalDate()
  endDate!: string;

  @IsReason()
  reason!: string;
}

/** RES-2: end an occupancy; it stays in the history. */
export class EndOccupancyV1 extends OccupancyEndV1 {
  @IsUUID()
  id!: string;
}
