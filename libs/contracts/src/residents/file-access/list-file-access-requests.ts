import { IsBoolean, IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { QueryBoolean } from '../../validation/query-boolean.js';
import { COMMUNITY_ID_PATTERN } from '../../common/ids.js';
import { PageQuery } from '../../common/pagination.js';
import { FileAccessStatus } from '../residents-codes.js';

export class ListFileAccessRequestsV1 extends PageQuery {
  @IsOptional()
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN)
  communityId?: string;

  @IsOptional()
  @IsIn(FileAccessStatus.codes)
  status?: FileAccessStatus;

  /** Only the caller's own requests (RES-8: a requester sees whether theirs was approved). */
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  mine?: boolean;
}
