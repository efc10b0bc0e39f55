import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { COMMUNITY_ID_PATTERN } from '../../common/ids.js';
import { IsReason } from '../../validation/reason.js';
import { IsLocalDate, MAX_AREA_CENTI_M2 } from '../../validation/validators.js';
import { CommunityKind, UnitType } from '../residents-codes.js';
import { AddressV1 } from './address.js';
import { HasText } from '../../validation/text.js';

/*
 * Corrections of the property structure (RES-1): only the fields given change, each with a reason;
 * every correction is archived with who and why (GEN-3). Codes and ids never change: other services
 * and printed numbers refer to them.
 */

export class CommunityChangesV1 {
  @IsOptional()
  @HasText(1, 50)
  name?: string;

  @IsOptional()
  @IsIn(CommunityKind.codes)
  kind?: CommunityKind;

  @IsOptional()
  @ValidateNested()
  @Type(() => AddressV1)
  address?: AddressV1;

  @IsReason()
  reason!: string;
}

export class UpdateCommunityV1 extends CommunityChangesV1 {
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN)
  communityId!: string;
}

export class BuildingChangesV1 {
  /** 3栋; the labels of its units follow (`3栋1201`). */
  @IsOptional()
  @HasText(1, 50)
  name?: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(200)
  floorsAboveGround?: number;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(20)
  floorsBelowGround?: number;

  @IsReason()
  reason!: string;
}

export class UpdateBuildingV1 extends BuildingChangesV1 {
  @IsUUID()
  buildingId!: string;
}

export const CLEARABLE_UNIT_FIELDS = ['handoverDate'] as const;
export type ClearableUnitField = (typeof CLEARABLE_UNIT_FIELDS)[number];

export class UnitChangesV1 {
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9-]{1,12}$/, { message: 'number must be 1-12 letters, digits or dashes' })
  number?: string;

  @IsOptional()
  @IsInt()
  @Min(-20)
  @Max(200)
  floor?: number;

  @IsOptional()
  @IsIn(UnitType.codes)
  type?: UnitType;

  /** Gross floor area (建筑面积) in 0.01 m². */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_AREA_CENTI_M2)
  grossAreaCentiM2?: number;

  /** 交付日期: maintenance computes warranty from it (MNT-3). */
  @IsOptional()
  @IsLocalDate()
  handoverDate?: string;

  /** A handover date recorded by mistake is cleared, not overwritten. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1)
  @IsIn(CLEARABLE_UNIT_FIELDS, { each: true })
  clear?: ClearableUnitField[];

  @IsReason()
  reason!: string;
}

export class UpdateUnitV1 extends UnitChangesV1 {
  @IsUUID()
  unitId!: string;
}

/**
 * The caller's company (物业公司): its name as documents print it and the settings the manuals leave
 * to each company. Only the fields given change.
 */
export class CompanySettingsV1 {
  @IsOptional()
  @HasText(1, 100)
  name?: string;

  /** BIL-9, RES-5: days after the passed completion inspection until the decoration deposit is refundable. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  decorationDepositRefundDays?: number;

  @IsReason()
  reason!: string;
}

export class CompanyView {
  @IsString()
  id!: string;

  @IsString()
  name!: string;

  @IsInt()
  decorationDepositRefundDays!: number;
}

/**
 * `unit.updated.v1`: a unit was corrected. It carries the unit as it now is, so that replicas
 * (billing's areas, maintenance's handover dates) simply take it; `changedFields` names what changed.
 */
export class UnitUpdatedV1 {
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

  @IsString({ each: true })
  changedFields!: string[];

  @IsString()
  reason!: string;
}

/** `community.updated.v1`: a community's name or kind was corrected. */
export class CommunityUpdatedV1 {
  @IsString()
  communityId!: string;

  @IsString()
  name!: string;

  @IsIn(CommunityKind.codes)
  kind!: CommunityKind;

  @IsString()
  timeZone!: string;
}
