import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, ValidateNested } from 'class-validator';
import { IsInstant } from '../../validation/validators.js';
import { CommunityKind } from '../residents-codes.js';
import { AddressV1 } from './address.js';

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
