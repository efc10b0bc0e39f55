import {
  ComplaintCategory,
  Satisfaction,
  SurveyCategory,
  SurveyItemKind,
  SurveyKind,
  SurveyRevisitStatus,
  type SatisfactionSurveyView,
  type SurveyResponseView,
} from '@pcs/contracts';
import type { SurveyResponse } from './survey-response.entity.js';
import type { Survey } from './survey.entity.js';

export const SURVEY_RECORD = 'survey';
export const SURVEY_RESPONSE_RECORD = 'survey-response';

export function surveyView(s: Survey): SatisfactionSurveyView {
  return {
    id: s.id,
    communityId: s.communityId,
    kind: s.kind,
    kindLabel: SurveyKind.label(s.kind),
    year: s.year,
    seed: s.seed,
    samplePercent: s.samplePercent,
    occupiedHouseholds: s.occupiedHouseholds,
    sampleSize: s.households.length,
    targetResponses: s.targetResponses,
    responseCount: s.responseCount,
    households: s.households.map((h) => ({ unitId: h.unitId, label: h.label })),
    plannedAt: s.plannedAt.toISOString(),
    ...(s.plannedById ? { plannedBy: { staffId: s.plannedById, name: s.plannedByName ?? '' } } : {}),
  };
}

export function surveyResponseView(r: SurveyResponse): SurveyResponseView {
  return {
    id: r.id,
    surveyId: r.surveyId,
    communityId: r.communityId,
    year: r.year,
    unitId: r.unitId,
    unitLabel: r.unitLabel,
    scores: r.scores.map((s) => ({
      category: s.category,
      categoryLabel: SurveyCategory.label(s.category),
      satisfaction: s.satisfaction,
      satisfactionLabel: Satisfaction.label(s.satisfaction),
    })),
    items: r.items.map((i) => ({
      kind: i.kind,
      kindLabel: SurveyItemKind.label(i.kind),
      text: i.text,
      ...(i.category ? { category: i.category, categoryLabel: ComplaintCategory.label(i.category) } : {}),
      complaintId: i.complaintId,
      complaintNumber: i.complaintNumber,
    })),
    ...(r.comment ? { comment: r.comment } : {}),
    ...(r.revisitStatus
      ? {
          revisit: {
            status: r.revisitStatus,
            statusLabel: SurveyRevisitStatus.label(r.revisitStatus),
            ...(r.revisitNote ? { note: r.revisitNote } : {}),
            ...(r.revisitClosedAt ? { closedAt: r.revisitClosedAt.toISOString() } : {}),
            ...(r.revisitClosedById
              ? { closedBy: { staffId: r.revisitClosedById, name: r.revisitClosedByName ?? '' } }
              : {}),
          },
        }
      : {}),
    recordedAt: r.recordedAt.toISOString(),
    recordedBy: { staffId: r.recordedById, name: r.recordedByName },
  };
}
