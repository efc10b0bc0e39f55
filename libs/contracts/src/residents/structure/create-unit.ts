import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, Min } from 'class-validator';
import { IsLocalDate, MAX_AREA_CENTI_M2 } from '../../validation/validators.js';
import { UnitType } from '../residents-codes.js';

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
