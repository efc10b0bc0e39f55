import {
  ANSWERED_KINDS,
  ComplainantIntent,
  ComplaintKind,
  ComplaintCategory,
  Department,
  Satisfaction,
  type ComplaintReportFigures,
  type LabelledCountView,
} from '@pcs/contracts';

/** Received complaints counted by category, department and intent, as the database groups them. */
export interface ReceivedGroup {
  category: string | null;
  department: string | null;
  intent: string | null;
  count: number;
}

/** What the queries of one community and period found. */
export interface PeriodCounts {
  received: ReceivedGroup[];
  resolved: number;
  overdue: number;
  visits: { satisfaction: string; count: number }[];
  /** CMP-13: suggestions and praise received, and of those how many are answered. */
  answered: { kind: string; received: number; answered: number }[];
}

const UNCATEGORISED = { code: 'uncategorised', label: '未分类' } as const;
const UNASSIGNED = { code: 'unassigned', label: '未分派' } as const;
const UNRECORDED = { code: 'unrecorded', label: '未记录' } as const;

function tally(
  codes: readonly string[],
  label: (code: string) => string,
  rows: { code: string | null; count: number }[],
  missing?: { code: string; label: string },
): LabelledCountView[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const code = row.code ?? missing?.code ?? '';
    counts.set(code, (counts.get(code) ?? 0) + row.count);
  }
  const lines = codes.map((code) => ({ code, label: label(code), count: counts.get(code) ?? 0 }));
  return missing ? [...lines, { ...missing, count: counts.get(missing.code) ?? 0 }] : lines;
}

/** Satisfied or very satisfied in basis points of those visited, rounded down (CMP-12). */
export function satisfiedBasisPoints(satisfaction: readonly LabelledCountView[]): number | undefined {
  const visited = satisfaction.reduce((sum, c) => sum + c.count, 0);
  if (visited === 0) return undefined;
  const satisfied = satisfaction
    .filter((c) => c.code === 'very-satisfied' || c.code === 'satisfied')
    .reduce((sum, c) => sum + c.count, 0);
  return Math.floor((satisfied * 10_000) / visited);
}

/**
 * CMP-12: a period's figures. Every category, department, intent (CMP-7) and answer is listed, zeros included, so
 * that a report's columns stay the same from week to week and add up across communities.
 */
export function toFigures(counts: PeriodCounts): ComplaintReportFigures {
  const satisfaction = tally(
    Satisfaction.codes,
    Satisfaction.label,
    counts.visits.map((v) => ({ code: v.satisfaction, count: v.count })),
  );
  const basisPoints = satisfiedBasisPoints(satisfaction);
  return {
    received: counts.received.reduce((sum, g) => sum + g.count, 0),
    resolved: counts.resolved,
    overdue: counts.overdue,
    byCategory: tally(
      ComplaintCategory.codes,
      ComplaintCategory.label,
      counts.received.map((g) => ({ code: g.category, count: g.count })),
      UNCATEGORISED,
    ),
    byDepartment: tally(
      Department.codes,
      Department.label,
      counts.received.map((g) => ({ code: g.department, count: g.count })),
      UNASSIGNED,
    ),
    byIntent: tally(
      ComplainantIntent.codes,
      ComplainantIntent.label,
      counts.received.map((g) => ({ code: g.intent, count: g.count })),
      UNRECORDED,
    ),
    suggestionsAndPraise: ANSWERED_KINDS.map((code) => {
      const rows = counts.answered.filter((a) => a.kind === code);
      return {
        code,
        label: ComplaintKind.label(code),
        received: rows.reduce((sum, r) => sum + r.received, 0),
        answered: rows.reduce((sum, r) => sum + r.answered, 0),
      };
    }),
    satisfaction,
    visited: satisfaction.reduce((sum, c) => sum + c.count, 0),
    ...(basisPoints === undefined ? {} : { satisfiedBasisPoints: basisPoints }),
  };
}

/** Figures added up line by line; the share satisfied is recomputed from the summed visits. */
export function addFigures(lines: readonly ComplaintReportFigures[]): ComplaintReportFigures {
  const sumLists = (
    pick: (f: ComplaintReportFigures) => LabelledCountView[],
    template: LabelledCountView[],
  ) => template.map((t, i) => ({ ...t, count: lines.reduce((sum, f) => sum + (pick(f)[i]?.count ?? 0), 0) }));
  const empty = toFigures({ received: [], resolved: 0, overdue: 0, visits: [], answered: [] });
  const satisfaction = sumLists((f) => f.satisfaction, empty.satisfaction);
  const basisPoints = satisfiedBasisPoints(satisfaction);
  return {
    received: lines.reduce((sum, f) => sum + f.received, 0),
    resolved: lines.reduce((sum, f) => sum + f.resolved, 0),
    overdue: lines.reduce((sum, f) => sum + f.overdue, 0),
    byCategory: sumLists((f) => f.byCategory, empty.byCategory),
    byDepartment: sumLists((f) => f.byDepartment, empty.byDepartment),
    byIntent: sumLists((f) => f.byIntent, empty.byIntent),
    suggestionsAndPraise: empty.suggestionsAndPraise.map((t, i) => ({
      ...t,
      received: lines.reduce((sum, f) => sum + (f.suggestionsAndPraise[i]?.received ?? 0), 0),
      answered: lines.reduce((sum, f) => sum + (f.suggestionsAndPraise[i]?.answered ?? 0), 0),
    })),
    satisfaction,
    visited: satisfaction.reduce((sum, c) => sum + c.count, 0),
    ...(basisPoints === undefined ? {} : { satisfiedBasisPoints: basisPoints }),
  };
}
