import type { components } from '@pcs/api-client';
import type { FormParse } from '../common/parse-errors';

export type MeterReadingBody = components['schemas']['RecordMeterReadingV1'];

/** What the form holds: the readings as typed; the unit is chosen from the building's. */
export interface MeterReadingFormValues {
  communityId?: string;
  period?: string;
  itemCode?: string;
  buildingId?: string;
  unitId?: string;
  reading?: string;
  previousReading?: string;
  meterReplaced?: boolean;
  note?: string;
}

/** The body's fields as the form labels them; problem details name the body's fields. */
export const METER_READING_FIELDS: Readonly<Record<string, string>> = {
  communityId: '小区',
  period: '月份',
  itemCode: '收费项目',
  unitId: '房屋',
  reading: '本次读数',
  previousReading: '上次读数',
  meterReplaced: '已换表',
  note: '备注',
};

const PERIOD = /^(19\d{2}|2\d{3})-(0[1-9]|1[0-2])$/;
const ITEM_CODE = /^[a-z][a-z0-9-]{1,39}$/;
const READING = /^\d{1,9}$/;

export type MeterReadingParse = FormParse<MeterReadingBody, keyof MeterReadingFormValues>;

/**
 * The form as the body of `POST /meter-readings` (BIL-1): whole readings of up to nine digits; the
 * previous reading only when typed (the meter's first reading, or a replaced meter's start), else the
 * service takes last month's. Refusals name the form's fields, in Chinese.
 */
export function meterReadingBody(values: MeterReadingFormValues): MeterReadingParse {
  const errors: { name: keyof MeterReadingFormValues; message: string }[] = [];
  if (!values.communityId) errors.push({ name: 'communityId', message: '请选择小区' });
  const period = values.period?.trim() ?? '';
  if (!PERIOD.test(period)) errors.push({ name: 'period', message: '月份格式为 2026-11' });
  const itemCode = values.itemCode?.trim() ?? '';
  if (!ITEM_CODE.test(itemCode)) errors.push({ name: 'itemCode', message: '请选择按表计量的收费项目' });
  if (!values.unitId) errors.push({ name: 'unitId', message: '请选择房屋' });
  const reading = values.reading?.trim() ?? '';
  if (!READING.test(reading)) errors.push({ name: 'reading', message: '读数为不超过 9 位的非负整数' });
  const previous = values.previousReading?.trim() ?? '';
  if (previous !== '' && !READING.test(previous))
    errors.push({ name: 'previousReading', message: '读数为不超过 9 位的非负整数' });
  if (values.meterReplaced && previous === '')
    errors.push({ name: 'previousReading', message: '换表时请填写新表的起始读数' });
  const note = values.note?.trim() ?? '';
  if (errors.length > 0 || !values.communityId || !values.unitId) return { ok: false, errors };
  return {
    ok: true,
    body: {
      communityId: values.communityId,
      unitId: values.unitId,
      itemCode,
      period,
      reading: Number(reading),
      ...(previous !== '' ? { previousReading: Number(previous) } : {}),
      ...(values.meterReplaced ? { meterReplaced: true } : {}),
      ...(note ? { note } : {}),
    },
  };
}

/**
 * The title of the month's sheet: `抄表记录 · 2026-11 · 电费`, the item by its name as finance reads it
 * (the code only while the items are not loaded, or for a code no item has; decision 0314).
 */
export function sheetTitle(
  period: string | undefined,
  itemCode: string | undefined,
  items: readonly { code: string; name: string }[],
): string {
  const item = itemCode ? (items.find((i) => i.code === itemCode)?.name ?? itemCode) : undefined;
  return ['抄表记录', period, item].filter(Boolean).join(' · ');
}
