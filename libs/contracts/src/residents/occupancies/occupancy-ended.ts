import { IsIn, IsString, IsUUID } from 'class-validator';
import { IsLocalDate } from '../../validation/validators.js';
import { OccupancyRole } from '../residents-codes.js';

/** `occupancy.ended.v1` */
export class OccupancyEndedV1 {
  @IsUUID()
  occupancyId!: string;

  @IsUUID()
  unitId!: string;

  @IsUUID()
  personId!: string;

  @IsIn(OccupancyRole.codes)
  role!: OccupancyRole;

  @IsLocalDate()
  endDate!: string;

  @IsString()
  reason!: string;
}
