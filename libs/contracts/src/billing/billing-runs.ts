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
import { UnitType } from '../residents/residents-codes.js';
import { MAX_FEN } from '../common/money.js';
import { IsFen, IsInstant, IsLocalDate, MAX_AREA_CENTI_M2 } from '../validation/validators.js';
import { BillingRunStatus, FeeBasis, LateFeeKind, RateUnit } from './billing-codes.js';
import { HasText } from '../validation/text.js';

/**
 * The largest rate per m² per month: on the largest unit the platform accepts it bills at most
 * MAX_FEN a month (1,000,000 fen, 10,000 yuan per m²; decision 0204).
 */
export const MAX_RATE_FEN_PER_SQUARE_METRE = MAX_FEN / (MAX_AREA_CENTI_M2 / 100);

/** A fee item's code, e.g. `property-management`. */
export const FEE_ITEM_CODE_PATTERN = /^[a-z][a-z0-9-]{1,39}$/;

/** A month, e.g. `2026-11`. */
export const PERIOD_PATTERN = /^(19\d{2}|2\d{3})-(0[1-9]|1[0-2])$/;

/** BIL-13: a late fee, where the property service contract provides for one. */
export class LateFeeTermsV1 {
  @IsIn(LateFeeKind.codes)
  kind!: LateFeeKind;

  /** Per day in basis points of the unpaid principal (`daily-rate`, 5 = 0.05%), or fen once (`fixed`). */
  @IsInt()
  @Min(1)
  @Max(100_000_000)
  value!: number;

  /** Days after the due date before anything accrues; 15 when absent. */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(365)
  graceDays?: number;
}

/** The terms of a fee item that a new rate may clear rather than keep (decision 0235). */
export const CLEARABLE_FEE_ITEM_FIELDS = ['unitTypes', 'lateFee'] as const;
export type ClearableFeeItemField = (typeof CLEARABLE_FEE_ITEM_FIELDS)[number];

/**
 * BIL-1: a periodic fee item and the rate it has from a day on: a new rate for an existing code is
 * added beside the old ones (a bill already issued keeps its amount). On an existing item, unit types
 * and late-fee terms left out are kept; `clear` removes them (decision 0235).
 */
export class FeeItemRateBodyV1 {
  @HasText(2, 60)
  name!: string;

  @IsIn(FeeBasis.codes)
  basis!: FeeBasis;

  /**
   * Fen per m² per month (`per-square-metre`, at most MAX_RATE_FEN_PER_SQUARE_METRE), per unit per
   * month (`fixed`) or per unit of a meter's usage (`metered`: 度, 吨, 小时; billed by its readings,
   * decision 0243); a larger one is 422 AMOUNT_TOO_LARGE naming `rateFen` (decision 0204).
   */
  @IsFen()
  @Min(0)
  rateFen!: number;

  @IsLocalDate()
  effectiveFrom!: string;

  /** The unit types it applies to; a new item without them applies to all, an existing one keeps its own. */
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(UnitType.codes, { each: true })
  unitTypes?: UnitType[];

  /** BIL-13: a new item without terms accrues nothing; an existing one keeps its own. */
  @IsOptional()
  @ValidateNested()
  @Type(() => LateFeeTermsV1)
  lateFee?: LateFeeTermsV1;

  /** Terms of an existing item to remove: `unitTypes` (then it applies to all), `lateFee` (none accrues). */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2)
  @IsIn(CLEARABLE_FEE_ITEM_FIELDS, { each: true })
  clear?: ClearableFeeItemField[];
}

export class SetFeeItemRateV1 extends FeeItemRateBodyV1 {
  @Matches(FEE_ITEM_CODE_PATTERN, {
    message: 'code must be a kebab-case code such as property-management',
  })
  code!: string;
}

/** BIL-1: the company's fee items, every one or those of one basis (the meters' items: `metered`). */
export class ListFeeItemsV1 {
  @IsOptional()
  @IsIn(FeeBasis.codes)
  basis?: FeeBasis;
}

export class FeeRateView {
  @IsLocalDate()
  effectiveFrom!: string;

  @IsFen()
  rateFen!: number;
}

export class FeeItemView {
  @IsString()
  code!: string;

  @IsString()
  name!: string;

  @IsIn(FeeBasis.codes)
  basis!: FeeBasis;

  @IsString()
  basisLabel!: string;

  /** What its rates are per (decision 0361): a one-off item's `fixed` rate is per time, not per month. */
  @IsIn(RateUnit.codes)
  rateUnit!: RateUnit;

  /** E.g. 元/平方米·月, 元/月, 元/次, 元/吨. */
  @IsString()
  rateUnitLabel!: string;

  @IsOptional()
  @IsIn(UnitType.codes, { each: true })
  unitTypes?: UnitType[];

  @ValidateNested({ each: true })
  @Type(() => FeeRateView)
  rates!: FeeRateView[];

  @IsOptional()
  @ValidateNested()
  @Type(() => LateFeeTermsV1)
  lateFee?: LateFeeTermsV1;
}

export class FeeItemsView {
  /** By code, each with every dated rate. */
  @ValidateNested({ each: true })
  @Type(() => FeeItemView)
  items!: FeeItemView[];
}

/** BIL-13: late fees accrued up to a day on a community's unpaid bills, each as a bill of its own. */
export class AccrueLateFeesV1 {
  @Matches(COMMUNITY_ID_PATTERN, { message: 'communityId must be a community code such as GZ01' })
  communityId!: string;

  @IsLocalDate()
  asOf!: string;
}

export class LateFeeAccrualView {
  @IsString()
  communityId!: string;

  @IsLocalDate()
  asOf!: string;

  @IsInt()
  billsIssued!: number;

  @IsFen()
  totalFen!: number;
}

/** BIL-13: a late fee waived, with a cs-manager's approval and the reason. */
export class LateFeeWaiverBodyV1 {
  @HasText(1, 500)
  reason!: string;
}

export class WaiveLateFeeV1 extends LateFeeWaiverBodyV1 {
  @IsUUID()
  billId!: string;
}

/** BIL-2: bill a community for a month. */
export class RunBillingV1 {
  @Matches(COMMUNITY_ID_PATTERN, { message: 'communityId must be a community code such as GZ01' })
  communityId!: string;

  @Matches(PERIOD_PATTERN, { message: 'period must be a month such as 2026-11' })
  period!: string;
}

export class BillingRunView {
  @IsString()
  communityId!: string;

  @IsString()
  period!: string;

  @IsIn(BillingRunStatus.codes)
  status!: BillingRunStatus;

  @IsString()
  statusLabel!: string;

  @IsInt()
  billsIssued!: number;

  @IsFen()
  totalFen!: number;

  @IsInstant()
  startedAt!: string;

  @IsOptional()
  @IsInstant()
  completedAt?: string;
}
