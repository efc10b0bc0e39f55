import { IsIn, IsInt, IsOptional, IsString, IsUUID } from 'class-validator';
import { IsLocalDate } from '../../validation/validators.js';
import { UnitType } from '../residents-codes.js';

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
