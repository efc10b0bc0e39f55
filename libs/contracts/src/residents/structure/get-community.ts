import { IsString, Matches } from 'class-validator';
import { COMMUNITY_ID_PATTERN } from '../../common/ids.js';

export class GetCommunityV1 {
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN)
  id!: string;
}
