import { WarrantyComponent, type WarrantyComponent as Component } from '@pcs/contracts';
import {
  addDays,
  compareLocalDates,
  daysInMonth,
  formatLocalDate,
  parseLocalDate,
  type LocalDate,
} from '@pcs/work-calendar';

/**
 * MNT-3: default warranty periods in months, after the national rules on building quality warranty:
 * waterproofing and external-wall leaks 5 years; heating and cooling 2 seasons (counted as 2 years,
 * decision 0091); wiring, plumbing and fit-out 2 years; foundations and structure the design life
 * (50 years).
 */
export const DEFAULT_WARRANTY_MONTHS: Readonly<Record<Component, number>> = {
  'roof-waterproofing': 60,
  'wet-room-waterproofing': 60,
  'external-wall': 60,
  'heating-cooling': 24,
  electrical: 24,
  plumbing: 24,
  'fit-out': 24,
  structure: 600,
};

/** A period set by the company (`communityId` absent) or for one community; the community's wins. */
export interface WarrantyOverride {
  communityId?: string | null;
  component: Component;
  months: number;
}

export function warrantyMonths(
  component: Component,
  communityId: string,
  overrides: readonly WarrantyOverride[] = [],
): number {
  const forComponent = overrides.filter((o) => o.component === component);
  const community = forComponent.find((o) => o.communityId === communityId);
  const company = forComponent.find((o) => !o.communityId);
  return community?.months ?? company?.months ?? DEFAULT_WARRANTY_MONTHS[component];
}

/** `date` plus whole months; a day the month lacks becomes its last day (2024-02-29 + 12 → 2025-02-28). */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const { year, month, day } = parseLocalDate(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return formatLocalDate(y, m, Math.min(day, daysInMonth(y, m)));
}

/**
 * MNT-3: the last day covered. A 2-year warranty from a handover on 2024-03-15 covers up to and
 * including 2026-03-14; on 2026-03-15 it has ended (decision 0091).
 */
export function warrantyLastDay(handoverDate: LocalDate, months: number): LocalDate {
  return addDays(addMonths(handoverDate, months), -1);
}

export interface WarrantyFinding {
  underWarranty: boolean;
  lastDay?: LocalDate;
  reason: string;
}

/**
 * MNT-3: is a defect found on `surveyDate` under warranty? The survey's own recorded decision, with
 * its reason, decides when there is one (decision 0211: a fitting the resident bought, a pipe they
 * rebuilt, is not covered whatever the unit's period; decision 0268); the computed period is then
 * kept beside it. Without a handover date and without a decision it cannot be answered (undefined).
 */
export function warrantyFinding(input: {
  handoverDate?: LocalDate | null;
  component: Component;
  communityId: string;
  surveyDate: LocalDate;
  overrides?: readonly WarrantyOverride[];
  decision?: { underWarranty: boolean; reason: string };
}): WarrantyFinding | undefined {
  const computed = input.handoverDate
    ? computedFinding({ ...input, handoverDate: input.handoverDate })
    : undefined;
  if (input.decision) {
    return {
      underWarranty: input.decision.underWarranty,
      ...(computed?.lastDay ? { lastDay: computed.lastDay } : {}),
      reason: `勘察认定：${input.decision.reason}${computed ? `（按交付日计算：${computed.reason}）` : ''}`,
    };
  }
  return computed;
}

function computedFinding(input: {
  handoverDate: LocalDate;
  component: Component;
  communityId: string;
  surveyDate: LocalDate;
  overrides?: readonly WarrantyOverride[];
}): WarrantyFinding {
  const months = warrantyMonths(input.component, input.communityId, input.overrides);
  const lastDay = warrantyLastDay(input.handoverDate, months);
  const underWarranty = compareLocalDates(input.surveyDate, lastDay) <= 0;
  return {
    underWarranty,
    lastDay,
    reason: `${WarrantyComponent.label(input.component)}保修期${months}个月，交付日${input.handoverDate}，保修至${lastDay}${underWarranty ? '，在保修期内' : '，已过保修期'}`,
  };
}
