import { createHash, randomBytes } from 'node:crypto';
import { SURVEY_POLICY } from '@pcs/contracts';

export interface Household {
  unitId: string;
  label: string;
}

/** SAT-2: the sample for a rate, rounded up so that it is never below the rate; at least one household. */
export function sampleSize(occupied: number, percent: number): number {
  if (occupied <= 0) return 0;
  return Math.min(occupied, Math.max(1, Math.ceil((occupied * percent) / 100)));
}

/** SAT-1: the answers the first survey needs, at least 90 % of the occupied households. */
export function firstSurveyTarget(occupied: number): number {
  return Math.ceil((occupied * SURVEY_POLICY.firstSurveyCoveragePercent) / 100);
}

/** SAT-1: a community whose occupied households are half of its households or more. */
export function reachesFirstSurveyOccupancy(occupied: number, households: number): boolean {
  return households > 0 && occupied * 100 >= households * SURVEY_POLICY.firstSurveyOccupancyPercent;
}

/** A seed short enough to read out and type back. */
export function newSeed(): string {
  return randomBytes(8).toString('hex');
}

/**
 * SAT-2: a random sample drawn from `seed`. Each household is ranked by a hash of the seed and its unit
 * id, and the first `size` are taken: the same seed and households give the same sample whatever
 * order the households come in, and a household added later does not reshuffle the others' ranks.
 * Returned in label order, the order a visitor walks the list.
 */
export function drawSample(households: readonly Household[], seed: string, size: number): Household[] {
  const unique = new Map<string, Household>();
  for (const h of households) if (!unique.has(h.unitId)) unique.set(h.unitId, h);
  const rank = (h: Household) => createHash('sha256').update(`${seed}:${h.unitId}`).digest('hex');
  return [...unique.values()]
    .map((h) => ({ h, key: rank(h) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, Math.max(0, size))
    .map(({ h }) => h)
    .sort((a, b) => byLabel(a, b));
}

function byLabel(a: Household, b: Household): number {
  const labels = a.label.localeCompare(b.label, 'zh-CN', { numeric: true });
  return labels !== 0 ? labels : a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0;
}
