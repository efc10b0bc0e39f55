import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
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
import { labelledCodes, type CodeOf } from '../common/labelled-codes.js';
import { MAX_FEN } from '../common/money.js';
import { IsFen, IsInstant } from '../validation/validators.js';
import { HasText } from '../validation/text.js';
import { PERIOD_PATTERN } from './billing-runs.js';

/** BIL-1, BIL-3: what a shared meter measures, as the bill line names it. */
export const SharedUtility = labelledCodes({
  'public-water': '公共用水分摊',
  'public-electricity': '公共用电分摊',
  'overtime-air-conditioning': '加时空调费分摊',
});
export type SharedUtility = CodeOf<typeof SharedUtility>;

/** BIL-3: how a shared meter's amount is divided among its units. */
export const ApportionmentBasis = labelledCodes({
  'floor-area': '按建筑面积分摊',
  'sub-meter': '按分表用量分摊',
});
export type ApportionmentBasis = CodeOf<typeof ApportionmentBasis>;

/** The largest sub-meter usage accepted for a unit, in the meter's own unit (kWh, 0.01 m³…). */
export const MAX_SUB_METER_USAGE = 1_000_000_000;

/** A shared meter's code as the community marks it on the meter, e.g. `B3-W01`. */
export const METER_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/;

/** One unit on a shared meter; with `sub-meter`, its own meter's usage for the month. */
export class SharedMeterUnitV1 {
  @IsUUID()
  unitId!: string;

  /** The unit's sub-meter usage (`sub-meter` only; left out for `floor-area`). */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_SUB_METER_USAGE)
  usage?: number;
}

/**
 * BIL-3: a shared meter's amount for a month, apportioned to the units on it by floor area or by
 * sub-meter usage: each unit's payers are billed their part, the parts adding up exactly to the
 * amount. Once per community, meter and month (decision 0238).
 */
export class ApportionSharedMeterV1 {
  @Matches(COMMUNITY_ID_PATTERN, { message: 'communityId must be a community code such as GZ01' })
  communityId!: string;

  /** The month the reading covers, e.g. `2026-11`; not after the current month. */
  @Matches(PERIOD_PATTERN, { message: 'period must be a month such as 2026-11' })
  period!: string;

  @Matches(METER_CODE_PATTERN, {
    message: 'meterCode must be 1–40 letters, digits, - or _, such as B3-W01',
  })
  meterCode!: string;

  @IsIn(SharedUtility.codes)
  utility!: SharedUtility;

  @IsIn(ApportionmentBasis.codes)
  basis!: ApportionmentBasis;

  /** The meter's amount for the month in fen, as the utility billed it. */
  @IsFen()
  @Min(1)
  @Max(MAX_FEN)
  amountFen!: number;

  /** The units on the meter, each once. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5_000)
  @ValidateNested({ each: true })
  @Type(() => SharedMeterUnitV1)
  units!: SharedMeterUnitV1[];

  @IsOptional()
  @HasText(1, 200)
  note?: string;
}

/** A unit's part of a shared meter's amount. */
export class SharedMeterPartView {
  @IsUUID()
  unitId!: string;

  @IsString()
  unitLabel!: string;

  /** Its floor area in 0.01 m², or its sub-meter usage. */
  @IsInt()
  weight!: number;

  @IsFen()
  amountFen!: number;
}

export class SharedMeterApportionmentView {
  @IsString()
  communityId!: string;

  @IsString()
  period!: string;

  @IsString()
  meterCode!: string;

  @IsIn(SharedUtility.codes)
  utility!: SharedUtility;

  @IsString()
  utilityLabel!: string;

  @IsIn(ApportionmentBasis.codes)
  basis!: ApportionmentBasis;

  @IsString()
  basisLabel!: string;

  @IsFen()
  amountFen!: number;

  /** Every unit's part, in the order given; they add up to `amountFen`. */
  @ValidateNested({ each: true })
  @Type(() => SharedMeterPartView)
  parts!: SharedMeterPartView[];

  /** Bills issued: one per unit and payer that held it in the month (pro rata by day). */
  @IsInt()
  billsIssued!: number;

  @IsInstant()
  apportionedAt!: string;

  @IsOptional()
  @IsString()
  note?: string;
}
