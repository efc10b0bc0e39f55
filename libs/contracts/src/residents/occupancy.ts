import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { IsInstant, IsLocalDate } from '../validation/validators.js';
import { OccupancyRole } from './residents-codes.js';

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
}

/** RES-2: link a person to a unit. */
export class StartOccupancyV1 extends OccupancyDetailsV1 {
  @IsUUID()
  unitId!: string;
}

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

export class OccupancyView {
  @IsUUID()
  id!: string;

  @IsString()
  communityId!: string;

  @IsUUID()
  unitId!: string;

  @IsUUID()
  personId!: string;

  @IsString()
  personName!: string;

  @IsIn(OccupancyRole.codes)
  role!: OccupancyRole;

  @IsString()
  roleLabel!: string;

  @IsLocalDate()
  startDate!: string;

  @IsOptional()
  @IsLocalDate()
  endDate?: string;

  @IsOptional()
  @IsString()
  endReason?: string;

  @IsInstant()
  createdAt!: string;

  @IsInt()
  version!: number;
}
