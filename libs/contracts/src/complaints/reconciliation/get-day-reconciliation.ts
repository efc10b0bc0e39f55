import { IsString, Matches } from 'class-validator';
import { COMMUNITY_ID_PATTERN } from '../../common/ids.js';
import { IsLocalDate } from '../../validation/validators.js';

/** CMP-6: a community's day, by its local date in the community's time zone. */
export class GetDayReconciliationV1 {
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN, { message: 'communityId must be a community code such as GZ01' })
  communityId!: string;

  @IsLocalDate()
  date!: string;
}
