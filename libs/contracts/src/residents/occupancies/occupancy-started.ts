import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { IsLocalDate } from '../../validation/validators.js';
import { OccupancyRole } from '../residents-codes.js';

/** `occupancy.started.v1` */
export class OccupancyStartedV1 {
  @IsUUID()
  occupancyId!: string;

  @IsUUID()
  unitId!: string;

  @IsUUID()
  personId!: string;

  @IsIn(OccupancyRole.codes)
  role!: OccupancyRole;

  @IsLocalDate()
  startDate!: string;

  /** A tenant who pays the unit's fees while the tenancy runs (decision 0244); absent: false. */
  @IsOptional()
  @IsBoolean()
  paysFees?: boolean;
}
