import { LABELS, type components } from '@pcs/api-client';
import type { FormParse } from '../common/parse-errors';
import { optionsOf } from '../common/select-options';
import { parseYuan } from './money';

export type FeeItemBody = components['schemas']['SetFeeItemRateV1'];
export type FeeBasis = FeeItemBody['basis'];
export type UnitType = NonNullable<FeeItemBody['unitTypes']>[number];

/** What the form holds: the rate as the yuan typed. */
export interface FeeItemFormValues {
  code?: string;
  name?: string;
  basis?: FeeBasis;
  rateYuan?: string;
  effectiveFrom?: string;
  unitTypes?: UnitType[];
}

/** The body's fields as the form labels them; problem details name the body's fields. */
export const FEE_ITEM_FIELDS: Readonly<Record<string, string>> = {
  code: '项目代码',
  name: '项目名称',
  basis: '计费方式',
  rateFen: '单价（元）',
  effectiveFrom: '生效日期',
  unitTypes: '适用房屋类型',
};

export const FEE_BASIS_OPTIONS = optionsOf(LABELS.FeeBasis as Record<FeeBasis, string>);
export const UNIT_TYPE_OPTIONS = optionsOf(LABELS.UnitType as Record<UnitType, string>);

/**
 * A fee item as the list shows it. `rateUnitLabel` is the API's (decision 0361); the unit is derived
 * the same way (libs/contracts `rateUnitOf`) while a view without it is shown.
 */
export type FeeItemShown = Pick<components['schemas']['FeeItemView'], 'code' | 'basis' | 'basisLabel'> & {
  rateUnitLabel?: string;
};

/** BIL-1, decisions 0258, 0361: the items charged once each time, whose `fixed` rate is no monthly fee. */
const ONE_OFF_CODES: ReadonlySet<string> = new Set([
  'move-in-fees',
  'decoration-deposit',
  'decoration-waste-removal',
  'paid-service',
]);

/** The unit of the usage a metered item's meter counts, by the item's code. */
const METERED_UNIT: Readonly<Record<string, string>> = {
  water: '元/吨',
  'hot-water': '元/吨',
  electricity: '元/度',
  'overtime-air-conditioning': '元/小时',
  'air-conditioning-overtime': '元/小时',
};

/** What a rate is per, as a column shows it beside the amount (decision 0361). */
export function rateUnitText(item: FeeItemShown): string {
  if (item.rateUnitLabel) return item.rateUnitLabel;
  switch (item.basis) {
    case 'per-square-metre':
      return '元/平方米·月';
    case 'fixed':
      return ONE_OFF_CODES.has(item.code) ? '元/次' : '元/月';
    default:
      return METERED_UNIT[item.code] ?? '元/用量';
  }
}

/** How an item is billed: a one-off item's `fixed` basis is a price each time, never 元/月 (decision 0361). */
export function basisText(item: FeeItemShown): string {
  return item.basis === 'fixed' && rateUnitText(item) === '元/次' ? '一次性收费（元/次）' : item.basisLabel;
}

const CODE = /^[a-z][a-z0-9-]{1,39}$/;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

type FeeRate = components['schemas']['FeeRateView'];

/**
 * The rate 收费项目 shows as the item's price today: the last one that began on or before `today`,
 * else the first still to come, which then says from when (a rate set for tomorrow is not today's
 * price; today's is the item's default, exploratory test L4).
 */
export function rateShownToday(
  rates: readonly FeeRate[],
  today: string,
): { rate: FeeRate; from?: string } | undefined {
  const current = rates.filter((r) => r.effectiveFrom <= today).at(-1);
  if (current) return { rate: current };
  const next = rates[0];
  return next && { rate: next, from: next.effectiveFrom };
}

export type FeeItemParse = FormParse<FeeItemBody, keyof FeeItemFormValues>;

/**
 * The form as the body of `POST /fee-items` (BIL-1): the yuan typed as integer fen. Unit types left
 * empty are not sent, so an existing item keeps its own (decision 0235). Refusals name the form's
 * fields, in Chinese.
 */
export function feeItemBody(values: FeeItemFormValues): FeeItemParse {
  const errors: { name: keyof FeeItemFormValues; message: string }[] = [];
  const code = values.code?.trim() ?? '';
  if (!CODE.test(code))
    errors.push({ name: 'code', message: '项目代码为小写字母开头的字母、数字和 -，如 water' });
  const name = values.name?.trim() ?? '';
  if (name.length < 2 || name.length > 60) errors.push({ name: 'name', message: '项目名称为 2–60 个字' });
  if (!values.basis) errors.push({ name: 'basis', message: '请选择计费方式' });
  const rate = parseYuan(values.rateYuan ?? '');
  if (!rate.ok) errors.push({ name: 'rateYuan', message: rate.message });
  const effectiveFrom = values.effectiveFrom?.trim() ?? '';
  if (!DAY.test(effectiveFrom)) errors.push({ name: 'effectiveFrom', message: '生效日期格式为 2027-01-01' });
  if (errors.length > 0 || !rate.ok || !values.basis) return { ok: false, errors };
  return {
    ok: true,
    body: {
      code,
      name,
      basis: values.basis,
      rateFen: rate.fen,
      effectiveFrom,
      ...(values.unitTypes && values.unitTypes.length > 0 ? { unitTypes: values.unitTypes } : {}),
    },
  };
}
