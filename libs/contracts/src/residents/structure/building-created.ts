import { IsString, IsUUID } from 'class-validator';

/** `building.created.v1` */
export class BuildingCreatedV1 {
  @IsUUID()
  buildingId!: string;

  @IsString()
  code!: string;

  @IsString()
  name!: string;
}
