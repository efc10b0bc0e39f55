import { IsString, Matches } from 'class-validator';
import { COMMUNITY_ID_PATTERN } from '../../common/ids.js';
import { PageQuery } from '../../common/pagination.js';

export class ListBuildingsV1 extends PageQuery {
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN)
  communityId!: string;
}
