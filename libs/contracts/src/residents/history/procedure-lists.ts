import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Matches } from 'class-validator';
import { COMMUNITY_ID_PATTERN } from '../../common/ids.js';
import { PageQuery } from '../../common/pagination.js';
import { QueryBoolean } from '../../validation/query-boolean.js';
import { IsLocalDate } from '../../validation/validators.js';
import { MoveInKind, MoveInStatus, MoveOutStatus } from '../residents-codes.js';

/** Filters every procedure list shares: a community (within the caller's), a unit, a date range. */
class ProcedureListQuery extends PageQuery {
  @IsOptional()
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN)
  communityId?: string;

  @IsOptional()
  @IsUUID()
  unitId?: string;

  /** From this date (the planned move-in, move-out or inspection date), inclusive. */
  @IsOptional()
  @IsLocalDate()
  from?: string;

  /** To this date, inclusive. */
  @IsOptional()
  @IsLocalDate()
  to?: string;
}

/** RES-4: move-ins, newest first. */
export class ListMoveInsV1 extends ProcedureListQuery {
  @IsOptional()
  @IsIn(MoveInStatus.codes)
  status?: MoveInStatus;

  @IsOptional()
  @IsIn(MoveInKind.codes)
  kind?: MoveInKind;
}

/** RES-6: move-outs, newest first. */
export class ListMoveOutsV1 extends ProcedureListQuery {
  @IsOptional()
  @IsIn(MoveOutStatus.codes)
  status?: MoveOutStatus;
}

/** RES-3: handover inspections, newest first. */
export class ListHandoverInspectionsV1 extends ProcedureListQuery {
  /** Only those that found defects (true) or none (false). */
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  withDefects?: boolean;
}
