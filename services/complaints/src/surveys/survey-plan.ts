import type { EntityManager } from '@mikro-orm/postgresql';
import { SurveyPlanned, type SurveyKind } from '@pcs/contracts';
import { archive, newId, type Outbox } from '@pcs/platform';
import { communityHouseholds } from './households.js';
import {
  drawSample,
  firstSurveyTarget,
  reachesFirstSurveyOccupancy,
  sampleSize,
  type Household,
} from './survey-sample.js';
import { Survey } from './survey.entity.js';
import { SURVEY_RECORD } from './survey.view.js';

/** SAT-1: the first survey visits every occupied household (door to door), to reach at least 90 %. */
export const FIRST_SURVEY_SAMPLE_PERCENT = 100;

const SYSTEM = { sub: 'service:complaints', name: '系统' };

export interface SurveyPlan {
  companyId: string;
  communityId: string;
  kind: SurveyKind;
  year: number;
  seed: string;
  samplePercent: number;
  occupied: Household[];
  now: Date;
  plannedBy?: { staffId: string; name: string };
}

/** Draws the sample and records the survey with its seed, so that the draw can be checked later. */
export async function planSurvey(em: EntityManager, outbox: Outbox, plan: SurveyPlan): Promise<Survey> {
  const size = sampleSize(plan.occupied.length, plan.samplePercent);
  const households = drawSample(plan.occupied, plan.seed, size);
  const survey = em.create(Survey, {
    id: newId(),
    companyId: plan.companyId,
    communityId: plan.communityId,
    kind: plan.kind,
    year: plan.year,
    seed: plan.seed,
    samplePercent: plan.samplePercent,
    occupiedHouseholds: plan.occupied.length,
    households,
    targetResponses: plan.kind === 'first' ? firstSurveyTarget(plan.occupied.length) : households.length,
    responseCount: 0,
    plannedAt: plan.now,
    plannedById: plan.plannedBy?.staffId,
    plannedByName: plan.plannedBy?.name,
    createdAt: plan.now,
    updatedAt: plan.now,
    version: 1,
  });
  // GEN-3: the first survey is planned by the system, on an event, with no caller.
  archive(
    em,
    {
      companyId: survey.companyId,
      communityId: survey.communityId,
      recordType: SURVEY_RECORD,
      recordId: survey.id,
      action: 'planned',
      changes: { kind: plan.kind, year: plan.year, seed: plan.seed, sampleSize: households.length },
      at: plan.now,
    },
    plan.plannedBy ? { sub: plan.plannedBy.staffId, name: plan.plannedBy.name } : SYSTEM,
  );
  await outbox.stage(em, SurveyPlanned, {
    aggregateId: survey.id,
    companyId: survey.companyId,
    communityId: survey.communityId,
    time: plan.now,
    data: {
      surveyId: survey.id,
      communityId: survey.communityId,
      kind: survey.kind,
      year: survey.year,
      seed: survey.seed,
      samplePercent: survey.samplePercent,
      occupiedHouseholds: survey.occupiedHouseholds,
      sampleSize: households.length,
      targetResponses: survey.targetResponses,
      plannedAt: plan.now.toISOString(),
    },
  });
  return survey;
}

/**
 * Serialises the planning of a community's surveys, so that two requests for the same year, or two
 * status changes at half occupancy, find each other's survey instead of failing on the unique index.
 */
export async function lockCommunitySurveys(
  em: EntityManager,
  companyId: string,
  communityId: string,
): Promise<void> {
  await em.execute(`select pg_advisory_xact_lock(hashtextextended(?, 0))`, [
    `survey:${companyId}:${communityId}`,
  ]);
}

/**
 * SAT-1: once half a community's households are occupied, its first survey is planned, once: every
 * occupied household is on the list and 90 % of them must answer. Runs in the transaction that
 * applied the status change; the unique index keeps a concurrent second plan out.
 */
export async function planFirstSurveyIfDue(
  em: EntityManager,
  outbox: Outbox,
  companyId: string,
  communityId: string,
  now: Date,
  year: number,
  seed: string,
): Promise<Survey | undefined> {
  await lockCommunitySurveys(em, companyId, communityId);
  const existing = await em.findOne(Survey, { companyId, communityId, kind: 'first' }, { filters: false });
  if (existing) return undefined;
  const { households, occupied } = await communityHouseholds(em, companyId, communityId);
  if (!reachesFirstSurveyOccupancy(occupied.length, households)) return undefined;
  return planSurvey(em, outbox, {
    companyId,
    communityId,
    kind: 'first',
    year,
    seed,
    samplePercent: FIRST_SURVEY_SAMPLE_PERCENT,
    occupied,
    now,
  });
}
