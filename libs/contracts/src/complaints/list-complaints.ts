import { HasText } from '../validation/text.js';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { COMMUNITY_ID_PATTERN } from '../common/ids.js';
import { PageQuery } from '../common/pagination.js';
import { QueryBoolean } from '../validation/query-boolean.js';
import { IsInstant } from '../validation/validators.js';
import { ComplaintCategory, ComplaintChannel, ComplaintKind, ComplaintStatus } from './complaint-codes.js';

/**
 * DESK-2: the call/visit register, newest first, narrowed by any of these. A phone number in any
 * common format finds the caller's entries (DESK-3); answers keep it masked (GEN-4).
 */
export class ListComplaintsV1 extends PageQuery {
  @IsOptional()
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN, { message: 'communityId must be a community code such as GZ01' })
  communityId?: string;

  @IsOptional()
  @IsUUID()
  buildingId?: string;

  @IsOptional()
  @IsUUID()
  unitId?: string;

  @IsOptional()
  @IsIn(ComplaintKind.codes)
  kind?: ComplaintKind;

  @IsOptional()
  @IsIn(ComplaintCategory.codes)
  category?: ComplaintCategory;

  @IsOptional()
  @IsIn(ComplaintStatus.codes)
  status?: ComplaintStatus;

  @IsOptional()
  @IsIn(ComplaintChannel.codes)
  channel?: ComplaintChannel;

  /** Staff id of the handler. */
  @IsOptional()
  @IsString()
  @HasText(1, 100)
  handlerId?: string;

  /** Only entries with a deadline past due (true) or none (false). */
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  overdue?: boolean;

  /** CMP-5: only major complaints, for the special report. */
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  major?: boolean;

  /** Received at or after. */
  @IsOptional()
  @IsInstant()
  receivedFrom?: string;

  /** Received before. */
  @IsOptional()
  @IsInstant()
  receivedTo?: string;

  /** The caller's number in any common format: `+86 138-1234-5678`, `(020) 8888-1234 转 601`. */
  @IsOptional()
  @IsString()
  @Length(3, 60)
  phone?: string;
}

/** CMP-9: the return-visit queue of a community, due first. */
export class ListReturnVisitsV1 extends PageQuery {
  @IsOptional()
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN, { message: 'communityId must be a community code such as GZ01' })
  communityId?: string;
}
