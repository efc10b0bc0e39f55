import { LABELS, type components } from '@pcs/api-client';
import type { FormParse } from '../common/parse-errors';
import { parseYuan } from './money';

export type SharedMeterBody = components['schemas']['ApportionSharedMeterV1'];
export type SharedUtility = SharedMeterBody['utility'];
export type ApportionmentBasis = SharedMeterBody['basis'];

/** What the form holds: the amount as the yuan typed; the units are chosen in the table below it. */
export interface SharedMeterFormValues {
  communityId?: string;
  buildingId?: string;
  period?: string;
  meterCode?: string;
  utility?: SharedUtility;
  basis?: ApportionmentBasis;
  amountYuan?: string;
}

/** The body's fields as the form labels them; problem details name the body's fields. */
export const SHARED_METER_FIELDS: Readonly<Record<string, string>> = {
  communityId: '小区',
  period: '月份',
  meterCode: '表计编号',
  utility: '分摊项目',
  basis: '分摊方式',
  amountFen: '金额（元）',
};

export const UTILITY_OPTIONS = Object.entries(LABELS.SharedUtility).map(([value, label]) => ({
  value: value as SharedUtility,
  label,
}));

export const BASIS_OPTIONS = Object.entries(LABELS.ApportionmentBasis).map(([value, label]) => ({
  value: value as ApportionmentBasis,
  label,
}));

const PERIOD = /^(19\d{2}|2\d{3})-(0[1-9]|1[0-2])$/;
const METER_CODE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/;
const USAGE = /^\d{1,10}$/;

/** A unit of the building as the table lists it, with the sub-meter usage typed for it. */
export interface MeterUnitRow {
  unitId: string;
  label: string;
  usage?: string;
}

export type SharedMeterParse = FormParse<SharedMeterBody, keyof SharedMeterFormValues | 'units'>;

/**
 * The form and the chosen units as the body of `POST /shared-meter-apportionments` (BIL-3): the yuan
 * typed as integer fen, a usage for every unit when apportioning by sub-meter. Refusals name the
 * form's fields, in Chinese; the units' refusal names the unit.
 */
export function sharedMeterBody(
  values: SharedMeterFormValues,
  units: readonly MeterUnitRow[],
): SharedMeterParse {
  const errors: { name: keyof SharedMeterFormValues | 'units'; message: string }[] = [];
  if (!values.communityId) errors.push({ name: 'communityId', message: '请选择小区' });
  const period = values.period?.trim() ?? '';
  if (!PERIOD.test(period)) errors.push({ name: 'period', message: '月份格式为 2026-11' });
  const meterCode = values.meterCode?.trim() ?? '';
  if (!METER_CODE.test(meterCode))
    errors.push({ name: 'meterCode', message: '表计编号为字母、数字、- 或 _，最长 40 位，如 B3-W01' });
  if (!values.utility) errors.push({ name: 'utility', message: '请选择分摊项目' });
  if (!values.basis) errors.push({ name: 'basis', message: '请选择分摊方式' });
  const amount = parseYuan(values.amountYuan ?? '');
  if (!amount.ok) errors.push({ name: 'amountYuan', message: amount.message });
  else if (amount.fen < 1) errors.push({ name: 'amountYuan', message: '金额须大于零' });
  if (units.length === 0) errors.push({ name: 'units', message: '请至少选择一户' });
  const bySubMeter = values.basis === 'sub-meter';
  const missing = bySubMeter ? units.filter((u) => !USAGE.test(u.usage?.trim() ?? '')) : [];
  if (missing.length > 0)
    errors.push({
      name: 'units',
      message: `请填写分表用量（非负整数）：${missing.map((u) => u.label).join('、')}`,
    });
  if (errors.length > 0 || !amount.ok || !values.communityId || !values.utility || !values.basis)
    return { ok: false, errors };
  return {
    ok: true,
    body: {
      communityId: values.communityId,
      period,
      meterCode,
      utility: values.utility,
      basis: values.basis,
      amountFen: amount.fen,
      units: units.map((u) =>
        bySubMeter ? { unitId: u.unitId, usage: Number(u.usage?.trim()) } : { unitId: u.unitId },
      ),
    },
  };
}
