import { IsBoolean, IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { COMMUNITY_ID_PATTERN } from '../../common/ids.js';
import { PageQuery } from '../../common/pagination.js';
import { QueryBoolean } from '../../validation/query-boolean.js';
import { IsLocalDate } from '../../validation/validators.js';
import { ShiftHandoverStatus } from './shift-handover-codes.js';

/**
 * DESK-1: handovers, newest first. The supervisor's daily review is `date` with `reviewed=false`:
 * the day's handovers not yet reviewed, refused ones among them.
 */
export class ListShiftHandoversV1 extends PageQuery {
  @IsOptional()
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN, { message: 'communityId must be a community code such as GZ01' })
  communityId?: string;

  /** Handed over on this local date (the community's time zone; Asia/Shanghai without a community). */
  @IsOptional()
  @IsLocalDate()
  date?: string;

  @IsOptional()
  @IsIn(ShiftHandoverStatus.codes)
  status?: ShiftHandoverStatus;

  /** Only those the supervisor has (true) or has not (false) reviewed. */
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  reviewed?: boolean;
}
