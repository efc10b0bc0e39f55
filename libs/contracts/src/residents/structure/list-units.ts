import { IsDefined, IsIn, IsOptional, IsString, IsUUID, Matches, ValidateIf } from 'class-validator';
import { COMMUNITY_ID_PATTERN } from '../../common/ids.js';
import { PageQuery } from '../../common/pagination.js';
import { UnitStatus, UnitType } from '../residents-codes.js';
import { HasText } from '../../validation/text.js';

export class ListUnitsV1 extends PageQuery {
  @ValidateIf((q: ListUnitsV1) => q.communityId !== undefined || q.address !== undefined)
  @IsDefined({ message: 'communityId is required to find a unit by its address' })
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

  /** The unit as people say it, within `communityId`: `3-1201`, `3栋1201`, `3号楼1201室`, or `1201`. */
  @IsOptional()
  @HasText(1, 40)
  address?: string;
}
