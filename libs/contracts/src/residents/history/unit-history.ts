import { IsIn, IsObject, IsOptional, IsString, IsUUID } from 'class-validator';
import { PageQuery } from '../../common/pagination.js';
import { IsInstant } from '../../validation/validators.js';
import { HistoryRecordType } from './history-codes.js';

/** The query string of `GET /units/{id}/history`. */
export class UnitHistoryQueryV1 extends PageQuery {
  /** Only the entries of one kind of record: `occupancy`, `move-in`, `decoration`, … */
  @IsOptional()
  @IsIn(HistoryRecordType.codes)
  recordType?: HistoryRecordType;
}

/** GEN-3: a unit's timeline, newest first: its own corrections and every procedure about it. */
export class GetUnitHistoryV1 extends UnitHistoryQueryV1 {
  @IsUUID()
  unitId!: string;
}

/** One archive entry: who did what to which record, when and why. Numbers stay masked (GEN-4). */
export class HistoryEntryView {
  @IsUUID()
  id!: string;

  @IsIn(HistoryRecordType.codes)
  recordType!: HistoryRecordType;

  @IsString()
  recordTypeLabel!: string;

  @IsString()
  recordId!: string;

  @IsString()
  action!: string;

  /** `入住手续 已取消` */
  @IsString()
  summary!: string;

  @IsString()
  actorName!: string;

  @IsInstant()
  at!: string;

  @IsOptional()
  @IsObject()
  changes?: Record<string, unknown>;

  @IsOptional()
  @IsString()
  reason?: string;
}
