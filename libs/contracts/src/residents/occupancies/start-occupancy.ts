import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { IsLocalDate } from '../../validation/validators.js';
import { OccupancyRole } from '../residents-codes.js';

/** The fields of an occupancy, as the HTTP body under `/units/{id}/occupancies` carries them. */
export class OccupancyDetailsV1 {
  @IsUUID()
  personId!: string;

  @IsIn(OccupancyRole.codes)
  role!: OccupancyRole;

  @IsLocalDate()
  startDate!: string;

  /**
   * RES-2: a unit has one current set of owners. Adding an owner while others are current is refused
   * unless this says the person is their co-owner (共有人); a sale ends the old owners' occupancies first.
   */
  @IsOptional()
  @IsBoolean()
  asCoOwner?: boolean;

  /**
   * BIL-2: a tenant whose lease puts the unit's fees on them (租户承担物业费): while the tenancy runs,
   * the monthly fees, metered usage and shared-meter parts are billed to the tenant, not the owner
   * (decision 0244). A tenant's only.
   */
  @IsOptional()
  @IsBoolean()
  paysFees?: boolean;
}

/** RES-2: link a person to a unit. */
export class StartOccupancyV1 extends OccupancyDetailsV1 {
  @IsUUID()
  unitId!: string;
}
