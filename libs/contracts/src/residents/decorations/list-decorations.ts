import { IsIn, IsOptional, IsString, IsUUID, Matches } from 'class-validator';
import { COMMUNITY_ID_PATTERN } from '../../common/ids.js';
import { PageQuery } from '../../common/pagination.js';
import { DecorationStatus } from '../residents-codes.js';

export class ListDecorationsV1 extends PageQuery {
  @IsOptional()
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN)
  communityId?: string;

  @IsOptional()
  @IsUUID()
  unitId?: string;

  @IsOptional()
  @IsIn(DecorationStatus.codes)
  status?: DecorationStatus;
}
