import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { COMMUNITY_ID_PATTERN } from '../common/ids.js';
import { IsFen, IsInstant } from '../validation/validators.js';
import { HasText } from '../validation/text.js';
import { FEE_ITEM_CODE_PATTERN, PERIOD_PATTERN } from './billing-runs.js';

/** The largest reading a unit's meter shows, in its own unit (度, 吨, 小时): nine digits. */
export const MAX_METER_READING = 999_999_999;

/**
 * BIL-1: a unit's own meter read for a month (抄表), billed at its metered fee item's rate: the usage
 * (this reading − the previous one) × the rate in effect on the month's first day, to whoever held the
 * unit in the month, pro rata by day. Once per unit, item and month (decision 0243).
 */
export class RecordMeterReadingV1 {
  @Matches(COMMUNITY_ID_PATTERN, { message: 'communityId must be a community code such as GZ01' })
  communityId!: string;

  @IsUUID()
  unitId!: string;

  /** A fee item whose basis is `metered`, e.g. `water`. */
  @Matches(FEE_ITEM_CODE_PATTERN, { message: 'itemCode must be a fee item code such as water' })
  itemCode!: string;

  /** The month the reading closes, e.g. `2026-11`; not after the current month. */
  @Matches(PERIOD_PATTERN, { message: 'period must be a month such as 2026-11' })
  period!: string;

  /** What the meter shows at the end of the month, in its own unit. */
  @IsInt()
  @Min(0)
  @Max(MAX_METER_READING)
  reading!: number;

  /**
   * Where the month started: required for the meter's first reading and after a replacement; otherwise
   * it is the last month's reading, and if given must equal it.
   */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_METER_READING)
  previousReading?: number;

  /** The meter was replaced (换表) since the last reading: `previousReading` is the new meter's start. */
  @IsOptional()
  @IsBoolean()
  meterReplaced?: boolean;

  @IsOptional()
  @HasText(1, 200)
  note?: string;
}

/** BIL-1: the readings of a community's month, every metered item or one. */
export class MeterReadingsQueryV1 {
  @Matches(PERIOD_PATTERN, { message: 'period must be a month such as 2026-11' })
  period!: string;

  @IsOptional()
  @Matches(FEE_ITEM_CODE_PATTERN, { message: 'itemCode must be a fee item code such as water' })
  itemCode?: string;
}

export class ListMeterReadingsV1 extends MeterReadingsQueryV1 {
  @Matches(COMMUNITY_ID_PATTERN, { message: 'communityId must be a community code such as GZ01' })
  communityId!: string;
}

export class MeterReadingView {
  @IsString()
  communityId!: string;

  @IsUUID()
  unitId!: string;

  @IsString()
  unitLabel!: string;

  @IsString()
  itemCode!: string;

  @IsString()
  itemName!: string;

  @IsString()
  period!: string;

  @IsInt()
  previousReading!: number;

  @IsInt()
  reading!: number;

  /** `reading − previousReading`. */
  @IsInt()
  usage!: number;

  /** Fen per unit of usage: the item's rate in effect on the month's first day. */
  @IsFen()
  rateFen!: number;

  /** `usage × rateFen`, billed in full: nothing is rounded. */
  @IsFen()
  amountFen!: number;

  @IsBoolean()
  meterReplaced!: boolean;

  /** Bills issued: one per payer that held the unit in the month (pro rata by day); 0 for no usage. */
  @IsInt()
  billsIssued!: number;

  /** 1 for the month's first reading; a reading recorded again after its bills were cancelled is the next. */
  @IsInt()
  revision!: number;

  @IsInstant()
  recordedAt!: string;

  @IsString()
  recordedByName!: string;

  @IsOptional()
  @IsString()
  note?: string;
}

export class MeterReadingsView {
  @IsString()
  communityId!: string;

  @IsString()
  period!: string;

  /** By unit label, then item code. */
  @ValidateNested({ each: true })
  @Type(() => MeterReadingView)
  items!: MeterReadingView[];
}
