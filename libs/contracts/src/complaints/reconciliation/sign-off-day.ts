import { HasText } from '../../validation/text.js';
import { IsOptional, IsString, Matches } from 'class-validator';
import { COMMUNITY_ID_PATTERN } from '../../common/ids.js';
import { IsLocalDate } from '../../validation/validators.js';

/** CMP-6: the supervisor signs the day's reconciliation, with what they have to say about it. */
export class DaySignOffV1 {
  @IsOptional()
  @IsString()
  @HasText(1, 1000)
  note?: string;
}

export class SignOffDayV1 extends DaySignOffV1 {
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN, { message: 'communityId must be a community code such as GZ01' })
  communityId!: string;

  @IsLocalDate()
  date!: string;
}
