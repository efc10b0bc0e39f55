import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { COMMUNITY_ID_PATTERN } from '../../common/ids.js';
import { PageQuery } from '../../common/pagination.js';
import { CallBackStatus } from './call-back-codes.js';

/**
 * CMP-4: the desk's call-back list. Open ones (the default) oldest first, which is oldest due first;
 * done ones newest first.
 */
export class ListCallBacksV1 extends PageQuery {
  @IsOptional()
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN, { message: 'communityId must be a community code such as GZ01' })
  communityId?: string;

  @IsOptional()
  @IsIn(CallBackStatus.codes)
  status?: CallBackStatus;
}
