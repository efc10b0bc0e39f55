import { IsInt, IsString, IsUUID } from 'class-validator';

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
