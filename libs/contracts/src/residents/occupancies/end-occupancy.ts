import { IsString, IsUUID, Length } from 'class-validator';
import { IsLocalDate } from '../../validation/validators.js';

export class OccupancyEndV1 {
  /** The last day of the occupancy; on or after its start. */
  @IsLocalDate()
  endDate!: string;

  @IsString()
  @Length(1, 200)
  reason!: string;
}

/** RES-2: end an occupancy; it stays in the history. */
export class EndOccupancyV1 extends OccupancyEndV1 {
  @IsUUID()
  id!: string;
}
