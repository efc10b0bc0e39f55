import type { FeeBasis, UnitType } from '@pcs/contracts';
import { addDays, formatLocalDate } from '@pcs/work-calendar';
import { apportion } from './apportionment.rules.js';

/**
 * A payer's holding of the unit: from `startDate` up to and including `endDate`, the last day they
 * held it, as residents read an occupancy's end (a new owner starts the day after, decision 0029;
 * decision 0384). An owner's, or a tenant's whose lease puts the fees on them (decision 0244).
 */
export interface Holding {
  personId: string;
  /** A tenant who pays the fees: their days are theirs to pay, before any owner's. */
  tenant?: boolean;
  startDate?: string;
  /** The last day held (inclusive). */
  endDate?: string;
}

export interface PeriodicItem {
  code: string;
  name: string;
  basis: FeeBasis;
  unitTypes?: UnitType[];
  /** The rate in effect on the first day of the month (decision 0106). */
  rateFen: bigint;
}

export interface UnitFacts {
  type: UnitType;
  grossAreaCentiM2: number;
}

export interface PeriodBill {
  /** Absent: the days nobody owned the unit, billed to the unit itself (decision 0106). */
  payerPersonId?: string;
  days: number;
  lines: { itemCode: string; description: string; amountFen: bigint }[];
}

/** BIL-1: a month's amount of an item for a unit; per m² rounded half up to the fen. */
export function monthlyAmount(item: PeriodicItem, unit: UnitFacts): bigint {
  if (item.unitTypes && !item.unitTypes.includes(unit.type)) return 0n;
  if (item.basis === 'fixed') return item.rateFen;
  // Billed by its readings, not by the month (decision 0243).
  if (item.basis === 'metered') return 0n;
  return (item.rateFen * BigInt(unit.grossAreaCentiM2) + 50n) / 100n;
}

/**
 * Decision 0204: the largest bill a month of these items can make, on the largest unit of each type
 * (an amount grows with the area): the sum of the items that apply to that type, the most of any type.
 */
export function largestMonthlyBill(
  items: readonly PeriodicItem[],
  largestAreaByType: ReadonlyMap<UnitType, number>,
): bigint {
  let largest = 0n;
  for (const [type, grossAreaCentiM2] of largestAreaByType) {
    const sum = items.reduce((s, item) => s + monthlyAmount(item, { type, grossAreaCentiM2 }), 0n);
    if (sum > largest) largest = sum;
  }
  return largest;
}

/** Each period's days, made once: a billing run asks for them per unit (bench S5). */
const periodDays = new Map<string, readonly string[]>();

/** The days of `period` (`2026-11`) in order. */
export function daysOf(period: string): readonly string[] {
  const known = periodDays.get(period);
  if (known) return known;
  const [year, month] = period.split('-').map(Number) as [number, number];
  const first = formatLocalDate(year, month, 1);
  const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const days = Object.freeze(Array.from({ length }, (_, i) => addDays(first, i)));
  periodDays.set(period, days);
  return days;
}

/**
 * BIL-2: who pays which days of the month: each day the tenant paying the fees who has held the unit
 * longest (decision 0244), else the owner who has held it longest (the first of co-owners), else
 * nobody (the unit). A holding's end day is its holder's (decision 0384). A unit that changed hands in the month is billed pro rata by day, and the parts
 * of each item add up exactly to its monthly amount (BIL-3's rounding).
 */
export function periodBills(
  period: string,
  unit: UnitFacts,
  holdings: readonly Holding[],
  items: readonly PeriodicItem[],
): PeriodBill[] {
  const days = daysOf(period);
  const ordered = [...holdings].sort(
    (a, b) =>
      Number(b.tenant ?? false) - Number(a.tenant ?? false) ||
      (a.startDate ?? '').localeCompare(b.startDate ?? '') ||
      a.personId.localeCompare(b.personId),
  );
  const daysBy = new Map<string, number>();
  for (const day of days) {
    const owner = ordered.find(
      (o) => (!o.startDate || o.startDate <= day) && (!o.endDate || day <= o.endDate),
    );
    const key = owner?.personId ?? '';
    daysBy.set(key, (daysBy.get(key) ?? 0) + 1);
  }
  const payers = [...daysBy];
  const bills: PeriodBill[] = payers.map(([key, count]) => ({
    ...(key ? { payerPersonId: key } : {}),
    days: count,
    lines: [],
  }));
  for (const item of items) {
    const monthly = monthlyAmount(item, unit);
    if (monthly === 0n) continue;
    const parts = apportion(
      monthly,
      payers.map(([key, count]) => ({ id: key, weight: BigInt(count) })),
    );
    for (const bill of bills) {
      const amountFen = parts.get(bill.payerPersonId ?? '') ?? 0n;
      if (amountFen === 0n) continue;
      const share = bill.days < days.length ? `（${bill.days}/${days.length}天）` : '';
      bill.lines.push({ itemCode: item.code, description: `${period} ${item.name}${share}`, amountFen });
    }
  }
  return bills.filter((b) => b.lines.length > 0);
}
