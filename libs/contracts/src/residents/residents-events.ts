import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import { IsInstant, IsLocalDate } from '../validation/validators.js';
import { ContactPreferencesV1 } from './people.js';
import { CommunityKind, OccupancyRole, UnitStatus, UnitType } from './residents-codes.js';

/*
 * Events of the property structure, people and the calendar. None carries a phone or ID number
 * (decision 7): a consumer that needs a contact asks the residents service, which masks and logs.
 */

/** `community.created.v1` */
export class CommunityCreatedV1 {
  @IsString()
  communityId!: string;

  @IsString()
  name!: string;

  @IsIn(CommunityKind.codes)
  kind!: CommunityKind;

  @IsString()
  timeZone!: string;
}

/** `building.created.v1` */
export class BuildingCreatedV1 {
  @IsUUID()
  buildingId!: string;

  @IsString()
  code!: string;

  @IsString()
  name!: string;
}

/** `unit.created.v1` */
export class UnitCreatedV1 {
  @IsUUID()
  unitId!: string;

  @IsUUID()
  buildingId!: string;

  @IsString()
  label!: string;

  @IsIn(UnitType.codes)
  type!: UnitType;

  @IsInt()
  grossAreaCentiM2!: number;

  @IsOptional()
  @IsLocalDate()
  handoverDate?: string;
}

/** `unit.status-changed.v1`: vacant, occupied, decorating. */
export class UnitStatusChangedV1 {
  @IsUUID()
  unitId!: string;

  @IsIn(UnitStatus.codes)
  from!: UnitStatus;

  @IsIn(UnitStatus.codes)
  to!: UnitStatus;
}

/** `person.registered.v1` */
export class PersonRegisteredV1 {
  @IsUUID()
  personId!: string;

  @IsString()
  name!: string;

  @ValidateNested()
  @Type(() => ContactPreferencesV1)
  preferences!: ContactPreferencesV1;
}

/** `person.updated.v1`: which fields changed (not their values, for phones and IDs), and why. */
export class PersonUpdatedV1 {
  @IsUUID()
  personId!: string;

  @IsString()
  name!: string;

  @IsString({ each: true })
  changedFields!: string[];

  /** RES-7: current preferences, so complaints and maintenance honour them (CMP-10, MNT-10). */
  @ValidateNested()
  @Type(() => ContactPreferencesV1)
  preferences!: ContactPreferencesV1;

  @IsOptional()
  @IsString()
  reason?: string;
}

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
}

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

/** `calendar.updated.v1`: complaints and maintenance keep their deadline calendars from it (GEN-1). */
export class CalendarUpdatedV1 {
  @IsInt()
  year!: number;

  @IsLocalDate({ each: true })
  holidays!: string[];

  @IsLocalDate({ each: true })
  makeUpWorkdays!: string[];

  @IsInt()
  version!: number;

  @IsInstant()
  updatedAt!: string;
}
