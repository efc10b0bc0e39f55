import { IsIn, IsOptional, IsString, IsUUID, Matches } from 'class-validator';
import { COMMUNITY_ID_PATTERN } from '../../common/ids.js';
import { PageQuery } from '../../common/pagination.js';
import { UnitStatus, UnitType } from '../residents-codes.js';

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
