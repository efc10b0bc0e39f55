import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Min, ValidateNested } from 'class-validator';
import { COMMUNITY_ID_PATTERN } from '../common/ids.js';
import { IsInstant } from '../validation/validators.js';
import { ComplaintStatus } from './complaint-codes.js';

/**
 * DESK-2: the desk's queue at a glance, for one community or every community the caller sees. Counts
 * only entries still being worked on, so the answer stays as quick with years of history as on day one.
 */
export class GetComplaintCountsV1 {
  @IsOptional()
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN, { message: 'communityId must be a community code such as GZ01' })
  communityId?: string;
}

export class ComplaintStatusCount {
  @IsIn(ComplaintStatus.codes)
  status!: ComplaintStatus;

  @IsString()
  statusLabel!: string;

  @IsInt()
  @Min(0)
  count!: number;
}

export class ComplaintCountsView {
  /** Absent when the counts cover every community the caller sees. */
  @IsOptional()
  @IsString()
  communityId?: string;

  @IsInstant()
  asOf!: string;

  /** Entries not yet in a final status (closed, explained, answered, merged). */
  @IsInt()
  @Min(0)
  open!: number;

  /** Every non-final status, in the order a complaint moves through them, zeros included. */
  @ValidateNested({ each: true })
  @Type(() => ComplaintStatusCount)
  byStatus!: ComplaintStatusCount[];

  /** Open entries with a step past its deadline (CMP-4). */
  @IsInt()
  @Min(0)
  overdue!: number;

  /** Open entries escalated above their handler (CMP-4). */
  @IsInt()
  @Min(0)
  escalated!: number;

  /** Open entries flagged major (CMP-10). */
  @IsInt()
  @Min(0)
  major!: number;
}
