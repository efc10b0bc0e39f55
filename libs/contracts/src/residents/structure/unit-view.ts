import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import { IsLocalDate } from '../../validation/validators.js';
import { UnitStatus, UnitType } from '../residents-codes.js';

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

  /** A tenant who pays the unit's fees in the owner's place (租户承担物业费, decision 0244). */
  @IsOptional()
  @IsBoolean()
  paysFees?: boolean;
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

  /**
   * The current occupants. Absent for callers who may not read the resident file (`people.read`):
   * nobody learns who lives in 3-1201 by reading the unit (GEN-4, decision 0279).
   */
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => UnitOccupantView)
  occupants?: UnitOccupantView[];

  @IsInt()
  version!: number;
}
