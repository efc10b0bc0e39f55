import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { COMMUNITY_ID_PATTERN } from '../common/ids.js';
import { PageQuery } from '../common/pagination.js';
import { IsInstant, IsLocalDate, MAX_AREA_CENTI_M2 } from '../validation/validators.js';
import { CommunityKind, UnitStatus, UnitType } from './residents-codes.js';

export class AddressV1 {
  /** 省, e.g. 广东省 */
  @IsString()
  @Length(1, 20)
  province!: string;

  /** 市, e.g. 广州市 */
  @IsString()
  @Length(1, 20)
  city!: string;

  /** 区, e.g. 天河区 */
  @IsString()
  @Length(1, 20)
  district!: string;

  /** Street and number, e.g. 天河路385号 */
  @IsString()
  @Length(1, 100)
  street!: string;
}

/** RES-1: register a community (小区/大厦) of the caller's company. */
export class CreateCommunityV1 {
  /** The community's code, unique in the company; it appears in every record number (`GZ01`). */
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN, { message: 'id must be a community code such as GZ01' })
  id!: string;

  /** 锦绣花园 */
  @IsString()
  @Length(1, 50)
  name!: string;

  @IsIn(CommunityKind.codes)
  kind!: CommunityKind;

  @ValidateNested()
  @Type(() => AddressV1)
  address!: AddressV1;

  /** IANA time zone; deadlines and numbers use its calendar. Default Asia/Shanghai. */
  @IsOptional()
  @IsString()
  @MaxLength(40)
  timeZone?: string;
}

export class GetCommunityV1 {
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN)
  id!: string;
}

export class CommunityView {
  @IsString()
  id!: string;

  @IsString()
  companyId!: string;

  @IsString()
  name!: string;

  @IsIn(CommunityKind.codes)
  kind!: CommunityKind;

  @IsString()
  kindLabel!: string;

  @ValidateNested()
  @Type(() => AddressV1)
  address!: AddressV1;

  @IsString()
  timeZone!: string;

  @IsInt()
  buildingCount!: number;

  @IsInt()
  unitCount!: number;

  @IsInstant()
  createdAt!: string;
}

/** The fields of a building, as the HTTP body under `/communities/{id}/buildings` carries them. */
export class BuildingDetailsV1 {
  /** The building's number or code within the community: `3`, `A座`. */
  @IsString()
  @Length(1, 20)
  code!: string;

  /** 3栋, A座写字楼 */
  @IsString()
  @Length(1, 50)
  name!: string;

  @IsInt()
  @Min(1)
  @Max(200)
  floorsAboveGround!: number;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(20)
  floorsBelowGround?: number;
}

/** RES-1 */
export class CreateBuildingV1 extends BuildingDetailsV1 {
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN)
  communityId!: string;
}

export class ListBuildingsV1 extends PageQuery {
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN)
  communityId!: string;
}

export class BuildingView {
  @IsUUID()
  id!: string;

  @IsString()
  communityId!: string;

  @IsString()
  code!: string;

  @IsString()
  name!: string;

  @IsInt()
  floorsAboveGround!: number;

  @IsInt()
  floorsBelowGround!: number;

  @IsInt()
  unitCount!: number;
}

/** The fields of a unit, as the HTTP body under `/buildings/{id}/units` carries them. */
export class UnitDetailsV1 {
  /** 房号 within the building, e.g. `1201`, `B2-056` for a parking space. */
  @IsString()
  @Matches(/^[A-Za-z0-9-]{1,12}$/, { message: 'number must be 1-12 letters, digits or dashes' })
  number!: string;

  /** Floor; negative for basements. */
  @IsInt()
  @Min(-20)
  @Max(200)
  floor!: number;

  @IsIn(UnitType.codes)
  type!: UnitType;

  /** Gross floor area (建筑面积) in 0.01 m²: `8950` is 89.50 m². */
  @IsInt()
  @Min(1)
  @Max(MAX_AREA_CENTI_M2)
  grossAreaCentiM2!: number;

  /** 交付日期 */
  @IsOptional()
  @IsLocalDate()
  handoverDate?: string;
}

/** RES-1 */
export class CreateUnitV1 extends UnitDetailsV1 {
  @IsUUID()
  buildingId!: string;
}

export class GetUnitV1 {
  @IsUUID()
  id!: string;
}

export class ListUnitsV1 extends PageQuery {
  @IsOptional()
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN)
  communityId?: string;

  @IsOptional()
  @IsUUID()
  buildingId?: string;

  @IsOptional()
  @IsIn(UnitStatus.codes)
  status?: UnitStatus;

  @IsOptional()
  @IsIn(UnitType.codes)
  type?: UnitType;
}

/** A current occupant as the unit shows them: the phone masked (GEN-4). */
export class UnitOccupantView {
  @IsUUID()
  occupancyId!: string;

  @IsUUID()
  personId!: string;

  @IsString()
  name!: string;

  @IsString()
  role!: string;

  @IsString()
  roleLabel!: string;

  @IsOptional()
  @IsString()
  phone?: string;

  @IsLocalDate()
  since!: string;
}

export class UnitView {
  @IsUUID()
  id!: string;

  @IsString()
  companyId!: string;

  @IsString()
  communityId!: string;

  @IsUUID()
  buildingId!: string;

  @IsString()
  buildingName!: string;

  @IsString()
  number!: string;

  /** 3栋1201 */
  @IsString()
  label!: string;

  @IsInt()
  floor!: number;

  @IsIn(UnitType.codes)
  type!: UnitType;

  @IsString()
  typeLabel!: string;

  @IsInt()
  grossAreaCentiM2!: number;

  @IsOptional()
  @IsLocalDate()
  handoverDate?: string;

  @IsIn(UnitStatus.codes)
  status!: UnitStatus;

  @IsString()
  statusLabel!: string;

  @ValidateNested({ each: true })
  @Type(() => UnitOccupantView)
  occupants!: UnitOccupantView[];

  @IsInt()
  version!: number;
}
