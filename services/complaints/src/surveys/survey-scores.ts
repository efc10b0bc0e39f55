import { Satisfaction, SurveyCategory, type SurveyScoreRowView } from '@pcs/contracts';

export interface ScoreCount {
  communityId: string;
  year: number;
  category: SurveyCategory;
  satisfaction: Satisfaction;
  count: number;
}

const SATISFIED: readonly Satisfaction[] = ['very-satisfied', 'satisfied'];

/**
 * SAT-4: one row per community, year and category with the count of each answer, the share
 * satisfied (very satisfied or satisfied, four decimals) and a note when fewer than `smallSample`
 * households answered. Rows come in community, year (newest first) and category order.
 */
export function scoreRows(counts: readonly ScoreCount[], smallSample: number): SurveyScoreRowView[] {
  const groups = new Map<
    string,
    { communityId: string; year: number; category: SurveyCategory; by: Map<Satisfaction, number> }
  >();
  for (const c of counts) {
    const key = `${c.communityId}|${c.year}|${c.category}`;
    const group = groups.get(key) ?? {
      communityId: c.communityId,
      year: c.year,
      category: c.category,
      by: new Map(),
    };
    group.by.set(c.satisfaction, (group.by.get(c.satisfaction) ?? 0) + c.count);
    groups.set(key, group);
  }
  const order = (c: SurveyCategory) => SurveyCategory.codes.indexOf(c);
  return [...groups.values()]
    .sort(
      (a, b) =>
        a.communityId.localeCompare(b.communityId) ||
        b.year - a.year ||
        order(a.category) - order(b.category),
    )
    .map((g) => {
      const answers = [...g.by.values()].reduce((sum, n) => sum + n, 0);
      const satisfied = SATISFIED.reduce((sum, s) => sum + (g.by.get(s) ?? 0), 0);
      return {
        communityId: g.communityId,
        year: g.year,
        category: g.category,
        categoryLabel: SurveyCategory.label(g.category),
        answers,
        counts: Satisfaction.codes.map((s) => ({
          satisfaction: s,
          label: Satisfaction.label(s),
          count: g.by.get(s) ?? 0,
        })),
        satisfied,
        satisfiedShare: answers === 0 ? 0 : Math.round((satisfied / answers) * 10_000) / 10_000,
        ...(answers < smallSample
          ? { sampleNote: `样本量较小（${answers} 户，少于 ${smallSample} 户），仅供参考` }
          : {}),
      };
    });
}
