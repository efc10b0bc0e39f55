import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { COMMUNITY_ID_PATTERN } from '../../common/ids.js';
import { HasText } from '../../validation/text.js';

/** The fields of a building, as the HTTP body under `/communities/{id}/buildings` carries them. */
export class BuildingDetailsV1 {
  /** The building's number or code within the community: `3`, `A座`. */
  @HasText(1, 20)
  code!: string;

  /** 3栋, A座写字楼 */
  @HasText(1, 50)
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
