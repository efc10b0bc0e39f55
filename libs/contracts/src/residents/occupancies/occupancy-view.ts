import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID } from 'class-validator';
import { IsInstant, IsLocalDate } from '../../validation/validators.js';
import { OccupancyRole } from '../residents-codes.js';

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

  /** A tenant who pays the unit's fees (租户承担物业费, decision 0244). */
  @IsBoolean()
  paysFees!: boolean;

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
