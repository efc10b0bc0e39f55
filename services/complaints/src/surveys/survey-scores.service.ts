import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  Satisfaction,
  seesAllCommunities,
  SURVEY_POLICY,
  SurveyCategory,
  type Actor,
  type GetSurveyScoresV1,
  type SurveyScoreRowView,
  type SurveyScoresView,
} from '@pcs/contracts';
import { CallContext, knownCommunity } from '@pcs/platform';
import { scoreRows, type ScoreCount } from './survey-scores.js';

/**
 * SAT-4: satisfaction per community, category and year. A plain query over the recorded answers,
 * callable by the reports (CMP-12) with the caller's actor: scope is the actor's (GEN-5).
 */
@Injectable()
export class SurveyScoresService {
  constructor(private readonly em: EntityManager) {}

  scores(query: GetSurveyScoresV1): Promise<SurveyScoresView> {
    return surveyScores(this.em, CallContext.actor(), query);
  }
}

export async function surveyScores(
  em: EntityManager,
  actor: Actor,
  query: GetSurveyScoresV1,
): Promise<SurveyScoresView> {
  const conditions = ['r.company_id = ?'];
  const params: unknown[] = [actor.companyId];
  if (!seesAllCommunities(actor)) {
    conditions.push(
      actor.communities.length === 0
        ? 'false'
        : `r.community_id in (${actor.communities.map(() => '?').join(', ')})`,
    );
    params.push(...actor.communities);
  }
  if (query.communityId) {
    // GEN-5: out of scope or unknown is 404, not an empty table (decision 0302).
    conditions.push('r.community_id = ?');
    params.push((await knownCommunity(em, actor, query.communityId)).communityId);
  }
  if (query.year) {
    conditions.push('r.year = ?');
    params.push(query.year);
  }
  if (query.category) {
    conditions.push(`s->>'category' = ?`);
    params.push(query.category);
  }
  const rows: { community_id: string; year: number; category: string; satisfaction: string; n: string }[] =
    await em.execute(
      `select r.community_id, r.year, s->>'category' as category, s->>'satisfaction' as satisfaction,
              count(*) as n
         from survey_response r, jsonb_array_elements(r.scores) s
        where ${conditions.join(' and ')}
        group by 1, 2, 3, 4`,
      params,
    );
  const counts: ScoreCount[] = rows.map((r) => ({
    communityId: r.community_id,
    year: Number(r.year),
    category: r.category as SurveyCategory,
    satisfaction: r.satisfaction as Satisfaction,
    count: Number(r.n),
  }));
  return { rows: scoreRows(counts, SURVEY_POLICY.smallSampleAnswers) satisfies SurveyScoreRowView[] };
}
